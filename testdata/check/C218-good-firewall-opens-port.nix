# Ports opened in the container, by sshd's openFirewall, or with the firewall off.
{
  containers.web = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    forwardPorts = [ { hostPort = 8080; containerPort = 80; } { hostPort = 2222; containerPort = 22; } ];
    config = {
      services.nginx.enable = true;
      services.openssh.enable = true;
      networking.firewall.allowedTCPPorts = [ 80 ];
    };
  };
  containers.lab = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.3";
    forwardPorts = [ { protocol = "udp"; hostPort = 5353; } ];
    config.networking.firewall.enable = false;
  };
}
