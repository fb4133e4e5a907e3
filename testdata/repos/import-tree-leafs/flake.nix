# A flake-parts flake whose parts are listed with import-tree's builder methods rather
# than its module: `(import-tree.withLib lib).leafs ./parts` is the list of the `.nix`
# files below parts/ (none under `_wip`), and a tree refined with `filterNot` imports
# the NixOS modules of nixos/ but its drafts. Both hosts are found and checked.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    import-tree.url = "github:vic/import-tree";
  };
  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      systems = [ "x86_64-linux" ];
      imports = [
        (inputs.nixpkgs.lib.modules.importApply ./parts.nix { inherit (inputs) import-tree; })
      ];
    };
}
