# The tool's package set, as niv lays it out: nixpkgs from the pins with an overlay,
# its `config` passed through. Not a NixOS module: the module system gives every
# argument a module names, so these defaults would never be read there; given to ncc
# by pre-commit, it was an N301 'the module argument `sources`' before.
{ sources ? import ./sources.nix, config ? { } }:
with {
  overlay = final: prev: {
    pinned = { tool = prev.callPackage ../. { }; };
  };
};
import sources.nixpkgs {
  overlays = [ overlay ];
  inherit config;
}
