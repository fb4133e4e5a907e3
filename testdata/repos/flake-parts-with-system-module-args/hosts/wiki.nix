{ stablePkgs, ports, ... }:
{
  system.stateVersion = "25.05";
  boot.loader.grub.device = "nodev";
  fileSystems."/".device = "/dev/sda1";
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "eth0";
  };
  containers.wiki = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.30.0.1";
    localAddress = "10.30.0.2";
    forwardPorts = [ { hostPort = ports.wiki; containerPort = 80; } ];
    config = {
      environment.systemPackages = [ stablePkgs.dokuwiki ];
      networking.firewall.allowedTCPPorts = [ 80 ];
      system.stateVersion = "25.05";
    };
  };
}
