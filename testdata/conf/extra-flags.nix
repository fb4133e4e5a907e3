# extraFlags alone: one leading space, then the flags joined by spaces.
{
  system.stateVersion = "24.05";
  containers.flags = {
    path = "/nix/var/nix/profiles/per-container/flags";
    extraFlags = [ "--drop-capability=CAP_SYS_CHROOT" "--volatile=state" "-U" ];
  };
}
