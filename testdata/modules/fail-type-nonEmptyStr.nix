# types.nonEmptyStr rejects whitespace only
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; nonEmptyStr; };
  config.v = " \t\n";
}
