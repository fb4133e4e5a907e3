# The NAT names the interface forwarded traffic arrives on; a DMZ host too.
{
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "eth0";
    dmzHost = "10.231.136.2";
    forwardPorts = [ { sourcePort = 8080; destination = "10.231.136.2:80"; } { sourcePort = "60000:61000"; destination = "10.231.136.2:60000-61000"; proto = "udp"; } ];
  };
  containers.web = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    config = { };
  };
}
