# conflicting attribute-set values of an `anything` option show as Nix
{ lib, ... }:
{
  imports = [ { a.x = [ 1 ]; a.y = "s"; } ];
  options.a = lib.mkOption { type = lib.types.anything; };
  config.a.y = "t";
}
