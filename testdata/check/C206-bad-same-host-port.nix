# Both containers start with the host and forward host port 8080/tcp.
{
  containers.blue = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    forwardPorts = [ { hostPort = 8080; containerPort = 80; } ];
    config.networking.firewall.allowedTCPPorts = [ 80 ];
  };
  containers.green = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.3";
    forwardPorts = [ { protocol = "tcp"; hostPort = 8080; containerPort = 80; } ];
    config.networking.firewall.allowedTCPPorts = [ 80 ];
  };
}
