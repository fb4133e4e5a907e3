# The host declares br0; the container asks for br1, and an extra veth for lan0.
{
  networking.bridges.br0.interfaces = [ "eth0" ];
  containers.web = {
    privateNetwork = true;
    hostBridge = "br1";
    localAddress = "192.168.1.20/24";
    extraVeths.web1.hostBridge = "lan0";
    config = { };
  };
}
