# A lab host with a bridged container, an ephemeral scratch container, a flake-built
# one, and the legacy directory layout.
{ lib, ... }:
{
  system.stateVersion = "21.11";
  containers = {
    bridged = {
      privateNetwork = true;
      hostBridge = "br0";
      localAddress = "192.168.10.5/24";
      interfaces = [ "eth1" ];
      config = { };
    };
    scratch = {
      ephemeral = true;
      tmpfs = [ "/var/tmp" ];
      enableTun = true;
      additionalCapabilities = [ "CAP_SYS_ADMIN" ];
      extraFlags = [ "--drop-capability=CAP_SYS_CHROOT" ];
      config = { };
    };
    builder = {
      flake = "git+https://example.org/infra#builder";
      privateUsers = "pick";
      allowedDevices = [ { node = "/dev/fuse"; modifier = "rwm"; } ];
    };
  };
}
