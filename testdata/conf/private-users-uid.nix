# privateUsers as a base UID: written as a decimal number.
{
  system.stateVersion = "25.11";
  containers.uid = {
    path = "/nix/var/nix/profiles/per-container/uid";
    privateUsers = 65536 * 2;
  };
}
