{ lib, ... }:
{
  networking.hostName = lib.mkDefault "gateway";
  boot.isContainer = true;

  containers.relay = {
    autoStart = true;
    forwardPorts = [ { hostPort = 2222; containerPort = 22; } ];
    config = { system.stateVersion = "25.11"; };
  };

  system.stateVersion = "25.11";
}
