# Every private-network container has a way out: a wildcard, an address range, a bridge,
# a bridged extra veth; and a container whose only address is IPv6 is left alone.
{
  networking.nftables.enable = true;
  networking.bridges.br0.interfaces = [ "eth1" ];
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-w*" ];
    internalIPs = [ "10.231.137.0/24" ];
    externalInterface = "eth0";
  };
  containers.web = { privateNetwork = true; hostAddress = "10.231.136.1"; localAddress = "10.231.136.2"; config = { }; };
  containers.db = { privateNetwork = true; hostAddress = "10.231.137.1"; localAddress = "10.231.137.2"; config = { }; };
  containers.lan = { privateNetwork = true; hostBridge = "br0"; localAddress = "192.168.1.20/24"; config = { }; };
  containers.side = {
    privateNetwork = true;
    extraVeths.side1 = { hostBridge = "br0"; localAddress = "192.168.1.21/24"; };
    config = { };
  };
  containers.six = { privateNetwork = true; hostAddress6 = "fc00::1"; localAddress6 = "fc00::2"; config = { }; };
}
