# types.singleLineStr strips one trailing newline
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; singleLineStr; };
  config.v = "one line\n";
}
