# types.path rejects a relative string
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; path; };
  config.v = "etc/hosts";
}
