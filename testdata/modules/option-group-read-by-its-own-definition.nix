# A definition of a group of options that asks whether the group has one of its options:
# the declarations name the group's attributes, so the answer needs no definition and
# this is no infinite recursion.
{ lib, config, ... }: {
  options.my.system.impermanence.extraItems = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
  options.my.system.backup.enable = lib.mkOption { type = lib.types.bool; default = false; };
  config.my.system = lib.optionalAttrs (config.my.system ? impermanence) {
    impermanence.extraItems = [ "/home/me" ];
  } // lib.optionalAttrs (config.my.system ? nothing) { backup.enable = true; };
}
