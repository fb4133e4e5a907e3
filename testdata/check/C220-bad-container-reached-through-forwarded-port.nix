# NAT only forwards a port to the tunnel container: connections from outside reach it
# and it answers them, but nothing it opens itself leaves the host.
{
  networking.nat = {
    enable = true;
    externalInterface = "eth0";
    forwardPorts = [
      { sourcePort = 2222; destination = "10.233.5.2:22"; proto = "tcp"; }
    ];
  };
  containers.tunnel = {
    privateNetwork = true;
    hostAddress = "10.233.5.1";
    localAddress = "10.233.5.2";
    config = { };
  };
}
