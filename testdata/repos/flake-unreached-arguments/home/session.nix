{ desktop-tools, ... }:
{
  imports = [ desktop-tools.homeManagerModules.default ];
  programs.desktop-tools.enable = true;
}
