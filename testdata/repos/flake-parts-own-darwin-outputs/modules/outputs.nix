{ lib, moduleLocation, ... }:
{
  options.flake.darwinConfigurations = lib.mkOption {
    type = lib.types.lazyAttrsOf lib.types.unspecified;
    default = { };
    description = "nix-darwin systems, by host name.";
  };
  # Modules for both classes, each located in the flake as flake-parts locates its own.
  options.flake.sharedModules = lib.mkOption {
    type = lib.types.lazyAttrsOf lib.types.deferredModule;
    default = { };
    apply = lib.mapAttrs (name: module: {
      _file = "${toString moduleLocation}#sharedModules.${name}";
      imports = [ module ];
    });
  };
}
