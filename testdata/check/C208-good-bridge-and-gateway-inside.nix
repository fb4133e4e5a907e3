{
  containers.web = {
    privateNetwork = true;
    hostBridge = "br0";
    localAddress = "192.168.1.20/24";
    config.networking.defaultGateway = "192.168.1.1";
  };
}
