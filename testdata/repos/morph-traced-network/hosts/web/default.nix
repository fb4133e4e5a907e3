{ ... }:
{
  deployment.tags = [ "servers" ];
  deployment.targetHost = "web.example.org";
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";
  networking.hostName = "web";
  containers.blog = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.20.0.1";
    localAddress = "10.20.0.2";
    config = { ... }: {
      services.nginx.enable = true;
      system.stateVersion = "24.05";
    };
  };
  system.stateVersion = "24.05";
}
