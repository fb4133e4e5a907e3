{ lib, ... }:
{
  options.flake.flakeModules = lib.mkOption {
    type = lib.types.lazyAttrsOf lib.types.deferredModule;
    default = { };
    description = "Flake modules this flake publishes.";
  };
  options.flake.modules = lib.mkOption {
    type = lib.types.lazyAttrsOf (lib.types.lazyAttrsOf lib.types.deferredModule);
    default = { };
    description = "Modules by class, each gathered from every part that adds to it.";
  };
  config.flake.flakeModules.exports = ./exports.nix;
}
