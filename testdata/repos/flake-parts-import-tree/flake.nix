{
  inputs = {
    nixpkgs.url = "github:nixos/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    import-tree.url = "github:vic/import-tree";
  };

  # The "dendritic" layout: every file below modules/ is a flake-parts module, found by
  # import-tree (files under a name starting with `_` are left out), and each adds to
  # `flake.modules.nixos.<feature>` the part of a feature its class needs.
  outputs =
    inputs@{ flake-parts, import-tree, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      imports = [ inputs.flake-parts.flakeModules.modules ] ++ map import-tree [ ./modules ];
    };
}
