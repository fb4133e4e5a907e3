# Only the IPv6 addresses of the veth pair.
{
  system.stateVersion = "24.05";
  containers.v6only = {
    path = "/nix/var/nix/profiles/per-container/v6only";
    privateNetwork = true;
    hostAddress6 = "fc00::1";
    localAddress6 = "fc00::2";
  };
}
