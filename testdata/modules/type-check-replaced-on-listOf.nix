# `listOf str // { check = ...; }`: lists the new check accepts merge as lists do
{ lib, ... }:
let
  valid = [ "read" "write" ];
in
{
  imports = [ { modes = [ "read" ]; } ];
  options.modes = lib.mkOption {
    type = lib.types.listOf lib.types.str // { check = l: builtins.all (m: builtins.elem m valid) l; };
  };
  config.modes = [ "write" ];
}
