{
  containers.fromflake = {
    flake = "github:example/infra#web";
    privateNetwork = true;
    hostBridge = "br0";
    localAddress = "192.168.1.20/24";
  };
}
