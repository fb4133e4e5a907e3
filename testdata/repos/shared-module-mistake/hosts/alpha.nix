{
  networking.hostName = "alpha";
  system.stateVersion = "25.05";
}
