{ suites, ... }:
{
  imports = suites.base ++ [ ./hardware.nix ];

  site.relay.port = 9090;

  containers.mirror = {
    autoStart = true;
    bindMounts."/srv/mirror".hostPath = "/srv/mirror";
    config = { ... }: {
      services.nginx.enable = true;
      system.stateVersion = "25.11";
    };
  };

  system.stateVersion = "25.11";
}
