# With a bridge the host address is not assigned on the host.
{
  containers.web = {
    privateNetwork = true;
    hostBridge = "br0";
    hostAddress = "192.168.1.1";
    localAddress = "192.168.1.20/24";
    config = { };
  };
}
