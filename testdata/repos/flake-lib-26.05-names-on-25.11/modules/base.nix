{ lib, config, ... }: {
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";
  system.stateVersion = "25.11";
  users.motd = lib.join " " [ config.networking.hostName "runs" (lib.boolToYesNo config.services.nginx.enable) ];
}
