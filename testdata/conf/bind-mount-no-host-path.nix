# One writable bind mount of the same path on both sides (no hostPath).
{
  system.stateVersion = "24.05";
  containers.shared = {
    path = "/nix/var/nix/profiles/per-container/shared";
    bindMounts."/srv/shared".isReadOnly = false;
  };
}
