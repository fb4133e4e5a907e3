# a throw in a definition that is used
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; };
  config.a = throw "the definition throws";
}
