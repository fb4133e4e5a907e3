# Every key of the veth (non-bridge) private network: forwarded ports, the four
# addresses and the container's MAC address, in the order NixOS writes them.
{
  system.stateVersion = "25.11";
  containers.full = {
    path = "/nix/store/9d8xg4q2vq1y6k0m5n7b3c2a1z0w9x8v-nixos-system-full-25.11";
    privateNetwork = true;
    forwardPorts = [
      { hostPort = 2222; containerPort = 22; }
      { protocol = "udp"; hostPort = 51820; }
    ];
    hostAddress = "10.233.5.1";
    hostAddress6 = "fd00:5::1";
    localAddress = "10.233.5.2";
    localAddress6 = "fd00:5::2";
    localMacAddress = "de:b7:73:01:10:90";
  };
}
