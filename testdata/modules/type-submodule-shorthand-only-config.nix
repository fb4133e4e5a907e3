# types.submodule: an attribute-set definition is config only (shorthand),
# so `options` in it is taken as an option named `options`
{ lib, ... }:
{
  options.s = lib.mkOption {
    type = lib.types.submodule {
      options.options = lib.mkOption { type = lib.types.str; default = "unset"; };
    };
  };
  config.s.options = "an option called options";
}
