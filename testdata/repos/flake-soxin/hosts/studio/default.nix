{ pkgs, ... }:
{
  environment.systemPackages = [ pkgs.git ];
  system.stateVersion = 6;
}
