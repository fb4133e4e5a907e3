# The relay, named by morph's `name` argument, with one container behind the NAT.
{ name, ... }:
{
  imports = [ ./hardware.nix ];
  system.stateVersion = "23.05";
  networking.hostName = name;
  containers.mirror = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.0.1";
    localAddress = "10.231.0.2";
    config = { ... }: {
      system.stateVersion = "23.05";
      networking.firewall.allowedTCPPorts = [ 80 ];
    };
  };
}
