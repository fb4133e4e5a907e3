# types.anything holds a function (printed as <function>)
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; anything; };
  config.v = x: x;
}
