# NAT for the containers, but no external interface.
{
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
  };
  containers.web = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    config = { };
  };
}
