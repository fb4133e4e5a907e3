# types.attrsOf rejects a list
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; attrsOf int; };
  config.v = [ 1 ];
}
