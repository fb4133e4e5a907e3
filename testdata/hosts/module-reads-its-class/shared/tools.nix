{ config, lib, _class, ... }:
let
  cfg = config.quay.tools;
in
{
  options.quay.tools.minimal = lib.mkEnableOption "a minimal set of tools" // {
    default = true;
  };

  config =
    if _class == "nixos" then
      {
        system.disableInstallerTools = cfg.minimal;
        programs.git.enable = true;
      }
    else
      {
        homebrew.enable = true;
      };
}
