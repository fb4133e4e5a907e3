{ ... }:
{
  services.jellyfin.enable = true;
  system.stateVersion = "25.05";
}
