# Relative bind mount paths and a relative tmpfs.
{
  containers.web = {
    bindMounts."/var/www" = { hostPath = "srv/www"; };
    bindMounts.cache = { hostPath = "/srv/cache"; };
    bindMounts."/data:idmap" = { };
    tmpfs = [ "var/tmp" ];
    config = { };
  };
}
