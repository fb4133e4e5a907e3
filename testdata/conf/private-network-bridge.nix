# A bridged container: HOST_BRIDGE with container-side addresses given with their
# prefix, a MAC address and a forwarded port.
{
  system.stateVersion = "25.05";
  containers.bridged = {
    path = "/nix/var/nix/profiles/per-container/bridged";
    privateNetwork = true;
    hostBridge = "br0";
    forwardPorts = [ { hostPort = 443; } ];
    localAddress = "192.168.1.20/24";
    localAddress6 = "2001:db8::20/64";
    localMacAddress = "02:00:00:AB:cd:0F";
  };
}
