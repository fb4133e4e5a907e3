# The admin guest's port on the host, under the same switch.
{ config, lib, ... }:
{
  config = lib.mkIf config.lab.admin.enable {
    networking.firewall.allowedTCPPorts = [ 9100 ];
  };
}
