# Bind-mount flags first, then the extra flags.
{
  system.stateVersion = "25.11";
  containers.both = {
    path = "/nix/var/nix/profiles/per-container/both";
    bindMounts."/mnt/media" = { hostPath = "/srv/media"; };
    bindMounts."/dev/fuse" = { hostPath = "/dev/fuse"; isReadOnly = false; };
    extraFlags = [ "--property=MemoryMax=2G" ];
  };
}
