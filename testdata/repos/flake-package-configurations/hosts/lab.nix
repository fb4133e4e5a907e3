{
  networking.nat = { enable = true; internalInterfaces = [ "ve-+" ]; externalInterface = "enp3s0"; };
  containers.grafana = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.23.0.1";
    localAddress = "10.23.0.2";
    forwardPorts = [ { hostPort = 3000; containerPort = 3000; protocol = "tpc"; } ];
    config = { services.grafana.enable = true; system.stateVersion = "25.05"; };
  };
}
