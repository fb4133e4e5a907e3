# Values that would break out of their line in the .conf or the unit.
{
  containers.web = {
    privateNetwork = true;
    hostBridge = "br0\nSYSTEM_PATH=/nix/store/evil";
    interfaces = [ "eth1\"" ];
    bindMounts."/srv/my data" = { hostPath = "/srv/my data"; };
    timeoutStartSec = "1min\nExecStartPre=/bin/sh -c reboot";
    config = { };
  };
  containers.db = {
    path = "/nix/store/00000000000000000000000000000000-nixos-system-db\\";
    localAddress = "10.231.136.2 db.example.org";
  };
}
