# A "dendritic" flake: every file under ./modules is a flake-parts module, and each
# feature adds to `flake.modules.nixos.<name>` across files. The flake does not import
# flake-parts' `flakeModules.modules` itself: the flake module of its `flake-file` input
# (flake-file's `dendritic`) does, so `flake.modules` is declared there and the files'
# definitions merge. The web host's container mounts a relative host path.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";
    flake-parts.url = "github:hercules-ci/flake-parts";
    flake-file.url = "github:vic/flake-file";
  };

  outputs = inputs: inputs.flake-parts.lib.mkFlake { inherit inputs; } {
    imports = [
      ./modules/dendritic.nix
      ./modules/base.nix
      ./modules/web.nix
      ./modules/hosts.nix
    ];
  };
}
