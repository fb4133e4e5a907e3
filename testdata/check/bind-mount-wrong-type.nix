{
  containers.web = {
    bindMounts."/srv" = { hostPath = "/srv/web"; isReadOnly = "no"; };
    config = { };
  };
}
