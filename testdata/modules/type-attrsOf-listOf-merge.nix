# types.attrsOf merges each key with the element type
{ lib, ... }:
{
  imports = [ { v = { a = [ 1 ]; }; } ];
  options.v = lib.mkOption { type = with lib.types; attrsOf (listOf int); };
  config.v = { a = [ 2 ]; b = [ ]; };
}
