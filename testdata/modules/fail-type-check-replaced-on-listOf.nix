# `listOf str // { check = ...; }`: the list is checked whole by the new check
{ lib, ... }:
let
  valid = [ "read" "write" ];
in
{
  imports = [ { modes = [ "read" ]; } ];
  options.modes = lib.mkOption {
    type = lib.types.listOf lib.types.str // { check = l: builtins.all (m: builtins.elem m valid) l; };
  };
  config.modes = [ "exec" ];
}
