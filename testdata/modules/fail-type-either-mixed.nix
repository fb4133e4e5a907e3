# types.either: definitions of both sides cannot merge
{ lib, ... }:
{
  imports = [ { v = 1; } ];
  options.v = lib.mkOption { type = with lib.types; either int str; };
  config.v = "one";
}
