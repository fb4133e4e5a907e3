{ lib, ... }:
{
  containers.db = {
    autoStart = lib.mkDefault true;
    bindMounts."/var/lib/db".hostPath = "/srv/db";
  };
}
