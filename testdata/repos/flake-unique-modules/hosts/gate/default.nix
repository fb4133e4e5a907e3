{ ... }: {
  containers.wiki = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.0.1";
    localAddress = "10.231.0.2";
    forwardPorts = [ { hostPort = 8080; containerPort = 3000; } ];
    config = { ... }: {
      services.gitea.enable = true;
      networking.firewall.allowedTCPPorts = [ 22 ];
      system.stateVersion = "25.11";
    };
  };
}
