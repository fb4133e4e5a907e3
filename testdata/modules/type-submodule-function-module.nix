# the submodule is a module function reading its own config
{ lib, ... }:
{
  options.s = lib.mkOption {
    type = lib.types.submodule ({ config, ... }: {
      options.port = lib.mkOption { type = lib.types.port; default = 80; };
      options.url = lib.mkOption { type = lib.types.str; default = "http://localhost:${toString config.port}"; };
    });
  };
  config.s.port = 8080;
}
