{ ... }: {
  networking.hostName = "box";
  system.stateVersion = "25.11";
}
