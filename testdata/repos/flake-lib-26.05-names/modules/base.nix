{ lib, config, ... }: {
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";
  system.stateVersion = "26.05";
  users.motd = lib.join " " [ config.networking.hostName "runs" (lib.boolToYesNo config.services.nginx.enable) ];
}
