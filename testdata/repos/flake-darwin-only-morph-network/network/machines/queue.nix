{ ... }:
let
  constants = import ../constants.nix;
in
{
  networking.hostName = constants.queue.name;
  containers.broker = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.40.0.1";
    localAddress = "10.40.0.2";
    config = { ... }: {
      services.rabbitmq.enable = true;
      networking.firewall.allowedTCPPorts = [ 5672 ];
      system.stateVersion = "24.11";
    };
  };
}
