# Spaces separate extraFlags as in NixOS; a "#" inside a raw value is read
# literally; ncc quotes tmpfs paths in its scripts.
{
  containers.web = {
    privateNetwork = true;
    hostBridge = "br0";
    localAddress = "192.168.1.20/24";
    interfaces = [ "eth1" ];
    bindMounts."/srv/data" = { };
    extraFlags = [ "--volatile=state --drop-capability=CAP_SYS_CHROOT" ];
    tmpfs = [ "/var/cache/my app" ];
    config = { };
  };
  containers.db.path = "/nix/store/00000000000000000000000000000000-nixos-system-db#1";
}
