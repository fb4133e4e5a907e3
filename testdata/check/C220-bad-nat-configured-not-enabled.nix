# NAT settings for the containers, but `enable` is missing: NixOS writes no rule.
{
  networking.nat = {
    internalInterfaces = [ "ve-+" ];
    externalInterface = "eth0";
  };
  containers.web = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    config = { };
  };
}
