{ pkgs, ... }:
{
  home.username = "alice";
  home.stateVersion = "24.11";
  home.packages = [ pkgs.htop ];
  programs.git.enable = true;
}
