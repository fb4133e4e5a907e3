# options.n: a signed integer without default.
{ lib, ... }:
{
  options.n = lib.mkOption { type = lib.types.int; };
}
