# a path literal stays a path (checked with isPath, since printing a
# path would copy it to the store)
{ lib, ... }:
{
  options.p = lib.mkOption { type = lib.types.path; apply = builtins.isPath; };
  config.p = ./lib/once.nix;
}
