# Joining an existing network namespace: NETWORK_NAMESPACE_PATH.
{
  system.stateVersion = "24.05";
  containers.netns = {
    path = "/nix/var/nix/profiles/per-container/netns";
    networkNamespace = "/run/netns/blue";
  };
}
