{
  containers.web = {
    bindMounts.data = { mountPoint = "/var/lib/data"; hostPath = "/srv/a"; };
    bindMounts.more-data = { mountPoint = "/var/lib/data/more"; hostPath = "/srv/b"; };
    tmpfs = [ "/var/cache" ];
    config = { };
  };
}
