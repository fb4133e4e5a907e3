# types.path accepts an absolute path string
{ lib, ... }:
{
  options.v = lib.mkOption { type = with lib.types; path; };
  config.v = "/etc/hosts";
}
