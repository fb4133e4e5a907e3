# config does not show _module
{ lib, ... }:
{
  config._module.args.foo = 1;
  options.a = lib.mkOption { type = lib.types.int; default = 1; };
}
