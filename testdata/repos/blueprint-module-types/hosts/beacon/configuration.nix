{ flake, ... }:
{
  imports = with flake.modules; [
    nixos.default
    server.default
    disko.single
  ];
  networking.hostName = "beacon";
  system.stateVersion = "25.11";
}
