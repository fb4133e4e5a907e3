{ modulesPath, ... }:
{
  imports = [
    (modulesPath + "/installer/scan/not-detected.nix")
    ../vendor/home-manager/nixos
  ];
  system.stateVersion = "25.11";
  boot.loader.systemd-boot.enable = true;
  fileSystems."/".device = "/dev/disk/by-label/nixos";
  home-manager.users.ada = { home.stateVersion = "25.11"; };
  containers.wiki = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.50.0.1";
    localAddress = "10.50.0.2";
    bindMounts."/var/lib/wiki" = { hostPath = "/srv/wiki"; isReadOnly = false; };
    config = { services.dokuwiki.sites."wiki.lan" = { }; system.stateVersion = "25.11"; };
  };
}
