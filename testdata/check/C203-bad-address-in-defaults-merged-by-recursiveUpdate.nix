# Containers built from shared defaults with `lib.recursiveUpdate`, as real hosts do: the
# finding points where the bad address was written, in the defaults, not at the container.
{ lib, ... }:
let
  defaults = name: {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "192.168.100.10";
    localAddress = "192.168.1.256";
    bindMounts."/var/lib/${name}".isReadOnly = false;
  };
  mkContainer = name: settings: lib.recursiveUpdate (defaults name) settings;
in
{
  containers.vault = mkContainer "vault" {
    config = { };
  };
}
