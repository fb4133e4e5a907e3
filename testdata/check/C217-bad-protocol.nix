{
  containers.dns = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    forwardPorts = [ { protocol = "UDP"; hostPort = 53; } { protocol = "sctp"; hostPort = 3868; } ];
    config.networking.firewall.allowedUDPPorts = [ 53 ];
  };
}
