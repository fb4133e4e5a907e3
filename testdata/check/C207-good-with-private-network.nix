{
  containers.web = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    forwardPorts = [ { hostPort = 8080; containerPort = 80; } ];
    autoStart = true;
    restartIfChanged = true;
    config.networking.firewall.allowedTCPPorts = [ 80 ];
  };
}
