{
  containers.web = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    hostAddress6 = "fc00::1";
    localAddress6 = "fc00::2";
    config = { };
  };
  containers.lan = {
    privateNetwork = true;
    hostBridge = "br0";
    localAddress = "192.168.1.20/24";
    localAddress6 = "fd00:1::20/64";
    config = { };
  };
}
