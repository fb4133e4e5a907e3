# two undeclared options: only the first (in attribute order) is reported
{ lib, ... }:
{
  options.m = lib.mkOption { type = lib.types.int; default = 1; };
  config.z = 1;
  config.b = 2;
}
