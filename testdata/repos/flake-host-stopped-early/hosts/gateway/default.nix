{ ... }: {
  networking.hostName = "gateway";
  system.stateVersion = "25.11";
}
