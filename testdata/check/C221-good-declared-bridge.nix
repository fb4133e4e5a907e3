# The container's bridge is declared, with rstp.
{
  networking.bridges.br0 = { interfaces = [ "eth0" ]; rstp = true; };
  networking.interfaces.br0.ipv4.addresses = [ { address = "192.168.1.2"; prefixLength = 24; } ];
  containers.web = {
    privateNetwork = true;
    hostBridge = "br0";
    localAddress = "192.168.1.20/24";
    config = { };
  };
}
