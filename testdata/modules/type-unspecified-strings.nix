# types.unspecified concatenates strings
{ lib, ... }:
{
  imports = [ { v = "ab"; } ];
  options.v = lib.mkOption { type = with lib.types; unspecified; };
  config.v = "cd";
}
