# listOf submodule: `name` is the element location
{ lib, ... }:
{
  options.l = lib.mkOption {
    type = lib.types.listOf (lib.types.submodule ({ name, ... }: {
      options.n = lib.mkOption { type = lib.types.str; default = name; };
    }));
  };
  config.l = [ { } { } ];
}
