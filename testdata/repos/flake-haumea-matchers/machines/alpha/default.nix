{ peers, ... }:
{
  containers.proxy = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.30.0.1";
    localAddress = peers.proxy.address;
    config = { };
  };
}
