# types.deferredModuleWith: its staticModules come first in the merged module, so a submodule made of the option's value declares their options
{ lib, ... }:
let
  settings = lib.evalModules {
    modules = [
      ({ config, ... }: {
        options.shared = lib.mkOption {
          type = lib.types.deferredModuleWith {
            staticModules = [
              {
                options.backend = lib.mkOption { type = lib.types.enum [ "files" "vault" ]; default = "files"; };
                options.owners = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
              }
            ];
          };
          default = { };
        };
        options.store = lib.mkOption {
          type = lib.types.submodule config.shared;
          default = { };
        };
        config.shared.owners = [ "ops" ];
        config.store.backend = "vault";
      })
    ];
  };
in
{
  options.store = lib.mkOption { type = lib.types.raw; };
  config.store = settings.config.store;
}
