# nested attrsOf submodule: each level sees its own key as `name`
{ lib, ... }:
{
  options.outer = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule ({ name, ... }: {
      options.id = lib.mkOption { type = lib.types.str; default = name; };
      options.inner = lib.mkOption {
        type = lib.types.attrsOf (lib.types.submodule ({ name, ... }: {
          options.id = lib.mkOption { type = lib.types.str; default = name; };
        }));
        default = { };
      };
    }));
  };
  config.outer.o1.inner.i1 = { };
  config.outer.o1.inner.i2 = { };
  config.outer.o2 = { };
}
