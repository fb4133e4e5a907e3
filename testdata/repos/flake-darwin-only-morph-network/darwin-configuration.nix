{ pkgs, ... }:
{
  nix.settings.trusted-users = [ "@admin" ];
  environment.systemPackages = [ pkgs.git ];
  system.stateVersion = 5;
}
