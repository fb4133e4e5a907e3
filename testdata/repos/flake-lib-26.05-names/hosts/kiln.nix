{ lib, ... }: {
  networking.hostName = "kiln";
  containers.forge = {
    privateNetwork = true;
    hostAddress6 = "fd00::1";
    localAddress6 = lib.network.ipv6.nextAddress "fd00::1";
    config = { };
  };
}
