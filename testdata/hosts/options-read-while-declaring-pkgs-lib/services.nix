{ pkgs, config, ... }:
let
  inherit (pkgs) lib;
in
{
  options.site.services = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule {
      options.port = lib.mkOption { type = lib.types.port; };
    });
    default = { };
  };
}
