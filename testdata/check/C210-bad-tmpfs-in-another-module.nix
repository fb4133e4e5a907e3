# A relative tmpfs path in each of the two definitions of the list, and a repeated mount
# point against a bind mount (C211): each points at the definition that holds its entry.
{
  imports = [
    { containers.cache.tmpfs = [ "var/cache" "/srv/data:size=64m" ]; }
  ];
  containers.cache = {
    tmpfs = [ "/tmp" "run/cache" ];
    bindMounts."/srv/data" = { hostPath = "/data/cache"; };
    config = { };
  };
}
