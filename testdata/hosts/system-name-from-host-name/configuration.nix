# NixOS names the system after the host (`system.name`, the host name unless it is empty):
# a module names a container and a peer after it.
{ config, lib, ... }:
{
  networking.hostName = "edge";
  system.stateVersion = "25.11";

  containers."${config.system.name}-relay" = {
    autoStart = true;
    config = {
      environment.etc."peer".text = "${config.system.name}.lan";
      system.stateVersion = "25.11";
    };
  };
  assertions = [
    { assertion = config.system.name == "edge"; message = "the system is named after the host"; }
  ];
}
