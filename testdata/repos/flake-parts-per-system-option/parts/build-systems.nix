{ config, lib, flake-parts-lib, ... }:
{
  options.buildSystems = lib.mkOption {
    type = lib.types.listOf lib.types.str;
    default = [ "x86_64-linux" ];
  };
  options.perSystem = flake-parts-lib.mkPerSystemOption ({ system, ... }: {
    options.isBuildSystem = lib.mkOption {
      type = lib.types.bool;
      default = lib.elem system config.buildSystems;
      readOnly = true;
    };
  });
}
