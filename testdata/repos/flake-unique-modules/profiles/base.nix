{ ... }: {
  time.timeZone = "Europe/Berlin";
  services.openssh.enable = true;
  system.stateVersion = "25.11";
}
