{
  networking.hostName = "buoy";
  system.stateVersion = "25.05";
  containers.beacon = {
    autoStart = true;
    ephemeral = true;
    config = { services.nginx.enable = true; system.stateVersion = "25.05"; };
  };
}
