{ pkgs, ... }:
{
  homebrew.enable = true;
  environment.systemPackages = [ pkgs.git ];
}
