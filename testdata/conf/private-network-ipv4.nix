# The usual veth pair: hostAddress and localAddress.
{
  system.stateVersion = "24.05";
  containers.web = {
    path = "/nix/var/nix/profiles/per-container/web";
    privateNetwork = true;
    hostAddress = "192.168.100.10";
    localAddress = "192.168.100.11";
  };
}
