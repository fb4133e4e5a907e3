{ config, pkgs, ... }:
{
  networking.hostName = "db";
  containers.pg = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.20.0.1";
    localAddress = "10.20.0.2";
    config = { ... }: {
      services.postgresql.enable = true;
      system.stateVersion = "21.05";
    };
  };
  system.stateVersion = "21.05";
}
