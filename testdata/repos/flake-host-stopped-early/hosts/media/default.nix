{ ... }: {
  imports = [ ./containers.nix ];
  networking.hostName = "media";
  system.stateVersion = "25.11";
}
