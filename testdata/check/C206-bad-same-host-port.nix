# Both containers forward host port 8080/tcp.
{
  containers.blue = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    forwardPorts = [ { hostPort = 8080; containerPort = 80; } ];
    config.networking.firewall.allowedTCPPorts = [ 80 ];
  };
  containers.green = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.3";
    forwardPorts = [ { protocol = "tcp"; hostPort = 8080; containerPort = 80; } ];
    config.networking.firewall.allowedTCPPorts = [ 80 ];
  };
}
