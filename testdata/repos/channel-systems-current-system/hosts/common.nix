# What every machine runs: a unit naming the platform the machine was built for.
{ config, lib, ... }:
{
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";
  system.stateVersion = "24.05";
  systemd.services.platform-banner = {
    wantedBy = [ "multi-user.target" ];
    script = ''
      echo "built for ${config.nixpkgs.system}" > /run/platform
      ${lib.optionalString (config.nixpkgs.localSystem.system == "x86_64-linux") "echo x86 >> /run/platform"}
    '';
  };
}
