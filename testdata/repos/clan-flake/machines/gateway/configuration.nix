{ inputs, ... }:
{
  imports = [ ../../modules/nat.nix ];
  clan.core.networking.targetHost = "root@gateway.lan";
  networking.hostName = "gateway";
  system.stateVersion = "25.05";
}
