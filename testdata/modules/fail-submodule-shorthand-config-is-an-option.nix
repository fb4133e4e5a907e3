# a submodule's definition (shorthandOnlyDefinesConfig) defines its config only:
# `config` there is an option name like any other
{ lib, ... }:
{
  options.s = lib.mkOption {
    type = lib.types.submodule { options.x = lib.mkOption { default = 1; }; };
  };
  config.s = { config.x = 2; };
}
