# The same port number over TCP and UDP, and different host ports to one container port.
{
  containers.blue = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    forwardPorts = [ { hostPort = 8080; containerPort = 80; } { protocol = "udp"; hostPort = 8080; } ];
    config.networking.firewall = { allowedTCPPorts = [ 80 ]; allowedUDPPorts = [ 8080 ]; };
  };
  containers.green = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.3";
    forwardPorts = [ { hostPort = 8081; containerPort = 80; } ];
    config.networking.firewall.allowedTCPPorts = [ 80 ];
  };
}
