# with an explicit `config` or `options`, other top-level attributes are
# rejected
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; };
  a = 1;
}
