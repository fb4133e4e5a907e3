# types.singleLineStr rejects an inner newline
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; singleLineStr; };
  config.v = "two\nlines";
}
