{ ... }:
{
  boot.isContainer = true;
  services.nginx.enable = true;
  system.stateVersion = "25.05";
}
