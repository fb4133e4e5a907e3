# Only a MAC address for the container's veth end.
{
  system.stateVersion = "25.11";
  containers.mac = {
    path = "/nix/var/nix/profiles/per-container/mac";
    privateNetwork = true;
    localMacAddress = "AA:BB:CC:00:11:22";
  };
}
