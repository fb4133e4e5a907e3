# Bind mounts are written in the order of their attribute names, not of declaration:
# with and without hostPath, read-only (the default) and writable, and a mountPoint that
# differs from the attribute name.
{
  system.stateVersion = "25.11";
  containers.binds = {
    path = "/nix/var/nix/profiles/per-container/binds";
    bindMounts = {
      "/var/lib/postgresql" = { hostPath = "/srv/pg"; isReadOnly = false; };
      "/home" = { };
      "/etc/secret" = { hostPath = "/run/keys/secret"; };
      "data" = { mountPoint = "/mnt/data"; isReadOnly = false; };
      "/Zeta" = { hostPath = "/srv/zeta"; isReadOnly = true; };
    };
  };
}
