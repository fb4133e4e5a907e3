{
  system.stateVersion = "25.11";
  networking.hostName = "web";
  boot.isContainer = true;
  containers.site = {
    autoStart = true;
    config.services.nginx.enable = true;
  };
}
