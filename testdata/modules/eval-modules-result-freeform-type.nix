# An evaluation's `_module` holds the freeform type its modules give, null where none
# does: a custom option type whose merge runs `lib.evalModules` over its definitions
# refuses a freeform type by reading `eval._module.freeformType`.
{ lib, ... }:
let
  strict = lib.evalModules {
    modules = [
      { options.listen = lib.mkOption { type = lib.types.str; }; }
      { listen = "fd/3"; }
    ];
  };
  loose = lib.evalModules {
    modules = [
      { freeformType = lib.types.attrsOf lib.types.str; }
      { extra = "kept"; }
    ];
  };
in
{
  options.strictHasNone = lib.mkOption { default = strict._module.freeformType == null; };
  options.strictListen = lib.mkOption { default = strict.config.listen; };
  options.looseHasOne = lib.mkOption { default = loose._module.freeformType != null; };
  options.looseTypeName = lib.mkOption { default = loose._module.freeformType.name; };
  options.looseExtra = lib.mkOption { default = loose.config.extra; };
}
