# args@{ ... }: the argument set holds lib, config, options and specialArgs
args@{ lib, ... }:
{
  options.names = lib.mkOption { type = lib.types.listOf lib.types.str; };
  config.names = lib.filter (n: lib.elem n [ "lib" "config" "options" "specialArgs" "specialValue" ]) (lib.attrNames args);
}
