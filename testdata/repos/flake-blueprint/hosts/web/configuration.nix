{ flake, hostName, ... }: {
  imports = [ flake.modules.nixos.containers ];
  networking.hostName = hostName;
  system.stateVersion = "25.11";
}
