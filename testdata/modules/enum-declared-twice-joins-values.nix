# an enum option declared by two modules accepts the values of both
{ lib, options, ... }:
{
  imports = [
    { options.x = lib.mkOption { type = lib.types.enum [ "a" "b" ]; }; }
    { options.x = lib.mkOption { type = lib.types.enum [ "c" "a" ]; }; }
    { options.xs = lib.mkOption { type = lib.types.listOf (lib.types.enum [ 1 ]); }; }
    { options.xs = lib.mkOption { type = lib.types.listOf (lib.types.enum [ 2 ]); }; }
  ];
  config.x = "c";
  config.xs = [ 2 1 ];
  options.described = lib.mkOption { default = [ options.x.type.description (options.xs.type.description) ]; };
}
