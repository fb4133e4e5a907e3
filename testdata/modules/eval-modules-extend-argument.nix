# the modules of a lib.evalModules are given extendModules and moduleType: an extension
# of the configuration they are part of, and its type
{ lib, ... }:
let
  inner = lib.evalModules {
    modules = [
      ({ config, extendModules, moduleType, ... }: {
        options.port = lib.mkOption { type = lib.types.port; default = 80; };
        options.variant = lib.mkOption { type = lib.types.port; };
        options.typeName = lib.mkOption { type = lib.types.str; };
        config.variant = (extendModules { modules = [ { port = lib.mkForce 8080; } ]; }).config.port;
        config.typeName = moduleType.name;
      })
    ];
  };
in
{
  options.result = lib.mkOption { type = lib.types.attrsOf lib.types.anything; };
  config.result = inner.config;
}
