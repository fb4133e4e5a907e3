{ lib, ... }:
{
  networking.hostName = lib.mkDefault "pi-base";
  containers.telemetry = {
    autoStart = true;
    bindMounts."/var/lib/telemetry" = {
      hostPath = "data/telemetry";
      isReadOnly = false;
    };
    config.system.stateVersion = "25.11";
  };
  system.stateVersion = "25.11";
}
