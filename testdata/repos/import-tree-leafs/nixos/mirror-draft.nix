# Left out by the host's `filterNot`: imported, its hostAddress would conflict with mirror.nix's.
{ containers.mirror.hostAddress = "10.60.0.1"; }
