# The admin guest, a VM of microvm.nix, under the host's own switch.
{ config, lib, ... }:
{
  config = lib.mkIf config.lab.admin.enable {
    microvm.vms.admin = {
      autostart = true;
      config.networking.hostName = "admin";
    };
  };
}
