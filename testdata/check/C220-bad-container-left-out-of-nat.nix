# NAT for the web container only: the database's traffic never leaves the host.
{
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-web" ];
    externalInterface = "eth0";
  };
  containers.web = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    config = { };
  };
  containers.db = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.3";
    config = { };
  };
}
