# Two bind mounts on /var/lib/data, a tmpfs on another bind, and a bind over /nix/store.
{
  containers.web = {
    bindMounts.data = { mountPoint = "/var/lib/data"; hostPath = "/srv/a"; };
    bindMounts.more-data = { mountPoint = "/var/lib/data/"; hostPath = "/srv/b"; };
    bindMounts."/var/cache" = { hostPath = "/srv/cache"; };
    bindMounts.store = { mountPoint = "/nix/store"; hostPath = "/srv/store"; };
    tmpfs = [ "/var/cache" ];
    config = { };
  };
}
