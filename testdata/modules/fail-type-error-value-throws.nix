# a definition whose value cannot be printed is listed without a value
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.str; };
  config.a = [ (throw "not printable") ];
}
