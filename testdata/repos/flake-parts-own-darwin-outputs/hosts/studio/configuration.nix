{
  fileSystems."/".device = "/dev/nvme0n1p2";
  boot.loader.systemd-boot.enable = true;
  containers.render = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.90.0.1";
    localAddress = "10.90.0.2";
    bindMounts."/srv/media" = {
      hostPath = "srv/media";
      isReadOnly = true;
    };
    config.system.stateVersion = "25.11";
  };
  system.stateVersion = "25.11";
}
