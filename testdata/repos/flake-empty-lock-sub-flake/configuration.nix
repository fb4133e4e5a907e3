{ ... }:
{
  system.stateVersion = "25.11";
  boot.loader.systemd-boot.enable = true;
  fileSystems."/".device = "/dev/disk/by-label/nixos";
  networking.hostName = "gate";

  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-proxy" ];
    externalInterface = "enp1s0";
  };

  containers.proxy = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.60.0.1";
    localAddress = "10.60.0.2";
    forwardPorts = [ { hostPort = 443; containerPort = 443; } ];
    config = {
      services.caddy.enable = true;
      networking.firewall.allowedTCPPorts = [ 443 ];
      system.stateVersion = "25.11";
    };
  };
}
