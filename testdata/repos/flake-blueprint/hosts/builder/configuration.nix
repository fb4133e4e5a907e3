{ hostName, ... }: {
  networking.hostName = hostName;
  nix.settings.max-jobs = 8;
  system.stateVersion = "25.11";
}
