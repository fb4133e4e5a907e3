# types.attrsOf merges keys across definitions
{ lib, ... }:
{
  imports = [ { v = { a = 1; }; } ];
  options.v = lib.mkOption { type = with lib.types; attrsOf int; };
  config.v = { b = 2; };
}
