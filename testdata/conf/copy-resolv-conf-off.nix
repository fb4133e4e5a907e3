# copyResolvConf = false gives COPY_RESOLV_CONF=0.
{
  system.stateVersion = "24.11";
  containers.resolv = {
    path = "/nix/var/nix/profiles/per-container/resolv";
    copyResolvConf = false;
  };
}
