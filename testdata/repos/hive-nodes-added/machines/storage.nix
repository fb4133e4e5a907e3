{ ... }:
{
  containers.backup = {
    autoStart = "yes";
    config.system.stateVersion = "25.05";
  };
  system.stateVersion = "25.05";
}
