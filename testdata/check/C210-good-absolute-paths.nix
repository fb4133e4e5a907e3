{
  containers.web = {
    bindMounts."/var/www" = { hostPath = "/srv/www"; };
    bindMounts.cache = { mountPoint = "/var/cache/app:idmap"; hostPath = "/srv/cache"; isReadOnly = false; };
    bindMounts."/home" = { };
    tmpfs = [ "/var/tmp:mode=1777" ];
    config = { };
  };
}
