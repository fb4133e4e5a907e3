{ lib, ... }:
{
  options.flake.colmena = lib.mkOption {
    type = lib.types.submodule {
      freeformType = lib.types.attrsOf (lib.mkOptionType {
        name = "node";
        check = value: builtins.isAttrs value || builtins.isFunction value || builtins.isPath value;
        merge = loc: defs: { imports = map (def: def.value) defs; };
      });
      options.meta = lib.mkOption { type = lib.types.attrs; };
    };
  };
}
