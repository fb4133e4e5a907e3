{ siteSrc, tool, ... }:
{
  system.stateVersion = "24.05";
  boot.loader.grub.device = "nodev";
  fileSystems."/".device = "/dev/sda1";
  environment.systemPackages = [ tool ];
  containers.site = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.20.0.1";
    localAddress = "10.20.0.2";
    bindMounts."/srv/site" = { hostPath = "${siteSrc}"; isReadOnly = true; };
    config = { system.stateVersion = "24.05"; };
  };
}
