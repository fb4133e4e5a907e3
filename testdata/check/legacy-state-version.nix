{
  system.stateVersion = "21.11";
  containers.old = {
    path = "/nix/var/nix/profiles/per-container/old";
  };
}
