{ pkgs, ... }: {
  boot.loader.grub.device = "/dev/sda";
  fileSystems."/".device = "/dev/sda1";
  networking.hostName = "relay";
  system.stateVersion = "25.11";
  environment.systemPackages = [ pkgs.status-page ];
  containers.status = {
    autoStart = true;
    bindMounts."/var/lib/status" = { hostPath = "srv/status"; isReadOnly = false; };
    config = { pkgs, ... }: {
      environment.systemPackages = [ pkgs.status-page ];
    };
  };
}
