# a readOnly option defined twice, even with equal values
{ lib, ... }:
{
  imports = [ { a = "one"; } ];
  options.a = lib.mkOption { type = lib.types.str; readOnly = true; };
  config.a = "one";
}
