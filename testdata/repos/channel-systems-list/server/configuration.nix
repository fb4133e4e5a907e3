{ ... }:
{
  networking.hostName = "server";
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "eth0";
  };
  containers.wiki = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.70.0.1";
    localAddress = "10.70.0.300";
    config.system.stateVersion = "25.11";
  };
  fileSystems."/".device = "/dev/sda1";
  system.stateVersion = "25.11";
}
