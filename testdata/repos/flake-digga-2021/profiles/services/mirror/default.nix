{ ... }:
{
  containers.mirror = {
    autoStart = true;
    forwardPorts = [ { hostPort = 8080; containerPort = 80; } ];
    config = { ... }: {
      services.nginx.enable = true;
      system.stateVersion = "21.05";
    };
  };
}
