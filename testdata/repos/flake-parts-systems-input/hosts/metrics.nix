{ exporter, ... }:
{
  system.stateVersion = "25.05";
  boot.loader.systemd-boot.enable = true;
  fileSystems."/".device = "/dev/nvme0n1p2";
  containers.exporter = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.50.0.1";
    localAddress = "10.50.0.2";
    config = {
      system.stateVersion = "25.05";
      environment.systemPackages = [ exporter ];
    };
  };
}
