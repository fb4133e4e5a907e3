# privateUsers = 0: a number, written as 0.
{
  system.stateVersion = "25.11";
  containers.zero = {
    path = "/nix/var/nix/profiles/per-container/zero";
    privateUsers = 0;
  };
}
