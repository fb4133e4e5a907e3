{
  containers.mirror = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.50.0.1";
    localAddress = "10.50.0.2";
    forwardPorts = [ { hostPort = 8080; containerPort = 80; } ];
    config = {
      networking.firewall.allowedTCPPorts = [ 80 ];
      system.stateVersion = "25.11";
    };
  };
}
