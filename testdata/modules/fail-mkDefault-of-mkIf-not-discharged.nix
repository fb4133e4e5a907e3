# mkDefault (mkIf false v): a mkIf inside a priority is not processed; it
# reaches the type check as an attribute set
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; default = 9; };
  config.a = lib.mkDefault (lib.mkIf false 1);
}
