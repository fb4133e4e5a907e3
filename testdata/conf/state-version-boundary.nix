# system.stateVersion exactly 22.05: the first release with /etc/nixos-containers.
{
  system.stateVersion = "22.05";
  containers.edge = {
    path = "/nix/var/nix/profiles/per-container/edge";
  };
}
