# NAT names its uplink; IPv6 NAT too.
{
  networking.nat = {
    enable = true;
    enableIPv6 = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "enp1s0";
  };
  containers.web = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    config = { };
  };
}
