{
  containers.dns = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    forwardPorts = [ { protocol = "udp"; hostPort = 53; } { hostPort = 53; } ];
    config.networking.firewall = { allowedUDPPorts = [ 53 ]; allowedTCPPorts = [ 53 ]; };
  };
}
