# Ports forwarded by the host's NAT, but no external interface: NixOS's NAT module
# refuses the host.
{
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    forwardPorts = [ { sourcePort = 8080; destination = "10.231.136.2:80"; } ];
  };
  containers.web = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    config = { };
  };
}
