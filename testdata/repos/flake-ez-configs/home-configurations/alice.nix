{ pkgs, ... }:
{
  home.stateVersion = "25.11";
  programs.git.enable = true;
}
