{ config, suites, ... }:
{
  imports = suites.mirror;

  assertions = [
    { assertion = config.networking.hostName == "mirror" && !config.networking.firewall.allowPing; message = "digga's host"; }
    { assertion = config.users.users.admin.isNormalUser && config.services.openssh.enable; message = "the suite's profiles"; }
  ];

  boot.loader.grub.devices = [ "/dev/sda" ];
  fileSystems."/".device = "/dev/sda1";
  system.stateVersion = "21.05";
}
