# Not ignored and not in the repository: still a missing file.
{ imports = [ ../hardware-configuration.nix ./missing.nix ]; networking.hostName = "stale"; }
