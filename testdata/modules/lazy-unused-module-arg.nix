# a module argument that is never used is never evaluated
{ lib, ... }:
{
  imports = [ { _module.args.broken = throw "never evaluated"; } ];
  options.a = lib.mkOption { type = lib.types.int; default = 1; };
}
