# A freeform `lazyAttrsOf` has every defined name without looking at the definitions:
# a value may read the whole config's names (a flake's `self.lib` in flake-parts) while
# the config is being built; a name defined only under `mkIf false` is still there.
{ lib, config, ... }: {
  freeformType = lib.types.lazyAttrsOf lib.types.raw;
  options.declared = lib.mkOption { type = lib.types.str; default = "d"; };
  config = {
    helpers = { greeting = config.domain; };
    domain = "example.org";
    uses = config.helpers.greeting;
    names = builtins.attrNames config;
    hidden = builtins.hasAttr "off"
      (lib.evalModules { modules = [ { freeformType = lib.types.lazyAttrsOf lib.types.int; off = lib.mkIf false 1; } ]; }).config;
  };
}
