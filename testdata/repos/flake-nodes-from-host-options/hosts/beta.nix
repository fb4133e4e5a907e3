{
  networking.hostName = "beta";
  guests.cache = { address = "10.30.0.3"; };
  system.stateVersion = "25.05";
}
