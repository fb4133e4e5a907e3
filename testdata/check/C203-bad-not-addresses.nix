# A host name, an out-of-range octet, IPv6 in an IPv4 option, and prefixes without a
# bridge.
{
  containers.web = {
    privateNetwork = true;
    hostAddress = "gateway.lan";
    localAddress = "10.231.136.256";
    hostAddress6 = "10.231.136.1";
    localAddress6 = "fc00::2/64";
    config = { };
  };
  containers.db = {
    privateNetwork = true;
    hostAddress = "10.231.137.1/24";
    localAddress = "10.231.137.2/24";
    config = { };
  };
}
