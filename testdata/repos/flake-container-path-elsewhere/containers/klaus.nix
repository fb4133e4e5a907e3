{ ... }: {
  containers.klaus = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.7.0.1";
    localAddress = "10.7.0.2";
    bindMounts."/srv/git" = { hostPath = "/srv/git"; isReadOnly = false; };
  };
}
