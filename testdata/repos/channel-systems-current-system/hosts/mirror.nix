{ ... }:
{
  networking.hostName = "mirror";
  containers.rsync = {
    autoStart = true;
    # A mistake the check must find: a mount point must be absolute.
    bindMounts."srv/mirror" = { hostPath = "/srv/mirror"; isReadOnly = true; };
    config.system.stateVersion = "24.05";
  };
}
