# types.submoduleWith rejects a string that is not a path
{ lib, ... }:
{
  options.s = lib.mkOption { type = lib.types.submoduleWith { modules = [ ]; }; };
  config.s = "module";
}
