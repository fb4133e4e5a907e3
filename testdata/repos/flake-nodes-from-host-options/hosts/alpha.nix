{
  networking.hostName = "alpha";
  guests.db.address = "10.30.0.2";
  system.stateVersion = "25.05";
}
