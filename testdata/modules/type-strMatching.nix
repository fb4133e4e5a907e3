# types.strMatching (whole string)
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; strMatching "[a-z]+"; };
  config.v = "abc";
}
