# types.attrsOf: the element is named v.b
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; attrsOf int; };
  config.v = { a = 1; b = "2"; };
}
