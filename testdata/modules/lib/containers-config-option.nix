# Adds the container's own NixOS configuration, `containers.<name>.config`, a
# deferred module, to lib/containers-options.nix. The second declaration of
# `containers` has no default: the two submodule types merge.
{ lib, ... }:
{
  options.containers = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule {
      options.config = lib.mkOption {
        type = lib.types.deferredModule;
        default = { };
      };
    });
  };
}
