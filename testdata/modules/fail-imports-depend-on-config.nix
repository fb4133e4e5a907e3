# imports cannot depend on config
{ config, lib, ... }:
{
  imports = lib.optional config.enable ./lib/once.nix;
  options.enable = lib.mkOption { type = lib.types.bool; default = false; };
}
