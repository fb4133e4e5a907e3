{
  containers.ledger = {
    autoStart = true;
    forwardPorts = [ { hostPort = 8080; containerPort = 80; } ];
    config = { system.stateVersion = "25.11"; };
  };
}
