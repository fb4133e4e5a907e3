{ ... }: {
  containers.klaus.path = "/nix/var/nix/profiles/per-container/klaus";
  system.stateVersion = "25.11";
}
