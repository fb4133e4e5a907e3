{ ... }:
{
  system.stateVersion = "25.05";
  boot.loader.systemd-boot.enable = true;
  fileSystems."/".device = "/dev/sda2";
  networking.hostName = "edge";

  containers.proxy = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.30.0.1";
    localAddress = "10.30.0.2";
    bindMounts."/etc/proxy" = { hostPath = "./proxy"; isReadOnly = true; };
    config = { ... }: {
      services.nginx.enable = true;
      system.stateVersion = "25.05";
    };
  };
}
