# privateUsers = "identity".
{
  system.stateVersion = "24.11";
  containers.ident = {
    path = "/nix/var/nix/profiles/per-container/ident";
    privateUsers = "identity";
  };
}
