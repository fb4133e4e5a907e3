# nginx listens on 80, but the container's firewall (on by default) does not open it.
{
  containers.web = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    forwardPorts = [ { hostPort = 8080; containerPort = 80; } { protocol = "udp"; hostPort = 5353; } ];
    config = { services.nginx.enable = true; };
  };
}
