# types.strMatching matches the whole string
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; strMatching "[a-z]+"; };
  config.v = "abc1";
}
