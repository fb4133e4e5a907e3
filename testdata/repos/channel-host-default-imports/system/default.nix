{
  system.stateVersion = "25.11";
  boot.isContainer = true;

  imports = [ ./users.nix ];
}
