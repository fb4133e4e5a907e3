{ ... }:
{
  networking.hostName = "relay";
  boot.enableContainers = true;
  system.stateVersion = "20.09";
  containers.relay-1 = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.60.0.1";
    localAddress = "10.60.0.2";
    config = { ... }: {
      networking.firewall.allowedTCPPorts = [ 4567 ];
      system.stateVersion = "20.09";
    };
    # A mistake the check must find: a mount point must be absolute.
    bindMounts."var/lib/relay" = { hostPath = "/srv/relay-1"; isReadOnly = false; };
  };
}
