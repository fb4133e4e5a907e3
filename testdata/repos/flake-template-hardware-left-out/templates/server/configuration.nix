{ ... }:
{
  networking.hostName = "example";

  containers.app = {
    privateNetwork = true;
    hostAddress = "10.232.0.1";
    localAddress = "10.232.0.2";
    forwardPorts = [ { hostPort = 8080; containerPort = 80; protocol = "sctp"; } ];
    config = { ... }: {
      system.stateVersion = "25.11";
    };
  };

  system.stateVersion = "25.11";
}
