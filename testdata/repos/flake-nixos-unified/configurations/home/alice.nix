{ pkgs, ... }:
{
  home.username = "alice";
  home.stateVersion = "25.11";
  home.packages = [ pkgs.ripgrep ];
}
