# Forwarded ports in declaration order, both protocols, with and without containerPort,
# joined by commas.
{
  system.stateVersion = "25.11";
  containers.ports = {
    path = "/nix/var/nix/profiles/per-container/ports";
    privateNetwork = true;
    hostAddress = "10.250.1.1";
    localAddress = "10.250.1.2";
    forwardPorts = [
      { protocol = "tcp"; hostPort = 80; containerPort = 8080; }
      { protocol = "udp"; hostPort = 53; }
      { protocol = "udp"; hostPort = 5353; containerPort = 53; }
      { hostPort = 65535; containerPort = 1; }
      { protocol = "tcp"; hostPort = 22; }
    ];
  };
}
