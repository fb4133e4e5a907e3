# a definition may itself be a module function (then it may declare options)
{ lib, ... }:
{
  options.s = lib.mkOption {
    type = lib.types.submodule { options.a = lib.mkOption { type = lib.types.int; default = 0; }; };
  };
  config.s = { config, ... }: {
    options.b = lib.mkOption { type = lib.types.int; };
    config.a = 1;
    config.b = config.a + 1;
  };
}
