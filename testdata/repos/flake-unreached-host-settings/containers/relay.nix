# Not yet in the flake's modules either: its NAT leaves the way out to the host's own
# settings, which name the external interface.
{ ... }:
{
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-relay" ];
  };

  containers.relay = {
    privateNetwork = true;
    hostAddress = "192.168.51.1";
    localAddress = "192.168.51.2";
    config.system.stateVersion = "25.11";
  };
}
