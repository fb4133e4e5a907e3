# privateUsers = "pick" with a private network (which also allows /dev/net/tun in the
# unit, not in the .conf).
{
  system.stateVersion = "25.11";
  containers.picked = {
    path = "/nix/var/nix/profiles/per-container/picked";
    privateUsers = "pick";
    privateNetwork = true;
    hostAddress = "10.9.0.1";
    localAddress = "10.9.0.2";
  };
}
