{ config, inputs, ... }:
{
  containers.postgres = {
    autoStart = true;
    privateNetwork = true;
    hostBridge = config.siteBridge;
    localAddress = "10.40.0.2/24";
    config = { ... }: {
      services.postgresql.enable = true;
      system.stateVersion = "25.11";
    };
  };
}
