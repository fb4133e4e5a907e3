# `types.str // { check = ...; }`: a value the replaced check refuses is not of the type
{ lib, ... }:
{
  options.key = lib.mkOption {
    type = lib.types.str // { check = x: builtins.match "[0-9A-Z]{4}" x != null; };
  };
  config.key = "ab12";
}
