# A den flake whose host includes what an aspect provides by the aspect's own attribute:
# den forwards `provides.<name>` onto the aspect, so `den.aspects.storage.nas` is
# `den.aspects.storage.provides.nas` (and `den.aspects.storage._.nas`). The attribute
# the aspect defines itself (`nixos`) stays its own. A battery the flake writes under
# `den.batteries` is included as `den._.<name>`, the same set. The vault's container,
# from the provided aspect, binds a path that is not absolute.
{
  outputs = inputs: inputs.flake-parts.lib.mkFlake { inherit inputs; } (inputs.import-tree ./modules);

  inputs = {
    den.url = "github:denful/den";
    flake-parts.url = "github:hercules-ci/flake-parts";
    import-tree.url = "github:vic/import-tree";
    nixpkgs.url = "github:nixos/nixpkgs/nixos-25.11";
  };
}
