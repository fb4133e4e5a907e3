# Two gateways forward host port 8118/tcp, and neither starts with the host: the user runs
# one or the other, so the clash is only possible (a warning), not certain.
{
  containers.tor-gateway = {
    privateNetwork = true;
    hostAddress = "10.0.4.1";
    localAddress = "10.0.4.2";
    forwardPorts = [ { hostPort = 8118; } ];
    config.networking.firewall.allowedTCPPorts = [ 8118 ];
  };
  containers.vpn-gateway = {
    privateNetwork = true;
    hostAddress = "10.0.5.1";
    localAddress = "10.0.5.2";
    forwardPorts = [ { hostPort = 8118; } ];
    config.networking.firewall.allowedTCPPorts = [ 8118 ];
  };
}
