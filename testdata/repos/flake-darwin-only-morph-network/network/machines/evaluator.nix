{ ... }:
{
  networking.hostName = "evaluator-0";
  containers.worker = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.40.1.1";
    localAddress = "10.40.1.2";
    # A mistake the check must find: a mount point must be absolute.
    bindMounts."nix/store" = { hostPath = "/nix/store"; isReadOnly = true; };
    config.system.stateVersion = "24.11";
  };
}
