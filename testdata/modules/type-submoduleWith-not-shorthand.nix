# types.submoduleWith (shorthandOnlyDefinesConfig = false): a definition
# with `options` declares options
{ lib, ... }:
{
  options.s = lib.mkOption {
    type = lib.types.submoduleWith { modules = [ ]; };
  };
  config.s = {
    options.extra = lib.mkOption { type = lib.types.int; default = 5; };
  };
}
