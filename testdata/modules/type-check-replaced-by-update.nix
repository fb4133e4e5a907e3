# `types.str // { check = ...; }`: the check replaced, the merge kept; a value the new
# check accepts is merged as a string
{ lib, ... }:
{
  options.key = lib.mkOption {
    type = lib.types.str // { check = x: builtins.match "[0-9A-Z]{4}" x != null; };
  };
  config.key = "AB12";
}
