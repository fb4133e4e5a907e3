{ config, ... }:
{
  networking.hostName = "depot";
  containers.cache = {
    autoStart = true;
    config.system.stateVersion = "25.11";
  };
  assertions = [
    {
      assertion = config.networking.hostName != "depot";
      message = "depot is retired: give this machine its new name.";
    }
  ];
  system.stateVersion = "25.11";
}
