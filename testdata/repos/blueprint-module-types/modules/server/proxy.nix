{
  containers.proxy = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.70.0.1";
    localAddress = "10.70.0.2";
    forwardPorts = [ { hostPort = 443; containerPort = 443; protocol = "tcp"; } ];
    config.system.stateVersion = "25.11";
  };
}
