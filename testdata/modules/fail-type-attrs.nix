# types.attrs rejects a list
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; attrs; };
  config.v = [ ];
}
