# `_file` only names the module in messages
{ lib, ... }:
{
  _file = "renamed.nix";
  options.a = lib.mkOption { type = lib.types.int; };
  config.a = 1;
}
