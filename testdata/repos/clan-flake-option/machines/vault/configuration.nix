{ outputs, ... }:
{
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "enp1s0";
  };

  containers.photos = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "192.168.100.10";
    localAddress = "192.168.100.11";
    bindMounts."/var/lib/photos" = {
      hostPath = "/srv/photos";
      isReadOnly = false;
    };
    config.system.stateVersion = "25.05";
  };

  system.stateVersion = "25.05";
}
