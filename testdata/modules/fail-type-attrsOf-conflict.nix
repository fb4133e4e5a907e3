# types.attrsOf: a key defined twice differently
{ lib, ... }:
{
  imports = [ { v = { a = 1; }; } ];
  options.v = lib.mkOption { type = with lib.types; attrsOf int; };
  config.v = { a = 2; };
}
