{ ... }:
{
  system.stateVersion = "25.05";
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";

  containers.proxy = {
    autoStart = true;
    forwardPorts = [ { hostPort = 8080; containerPort = 80; } ];
    config = { ... }: {
      system.stateVersion = "25.05";
      services.nginx.enable = true;
      networking.firewall.allowedTCPPorts = [ 80 ];
    };
  };
}
