# A flake whose outputs end with `// (...)` of per-system sets kept only where they hold
# something, each package kept where its platforms allow: whether a package set is empty
# depends on packages ncc stands in for, so which names the outputs have is unknown, and
# with them the hosts. ncc says the hosts were not checked.
{
  inputs.nixpkgs.url = "github:nixos/nixpkgs/nixos-unstable";
  outputs = { self, nixpkgs }:
    let
      lib = nixpkgs.lib;
      system = "x86_64-linux";
      pkgs = nixpkgs.legacyPackages.${system};
      supported = lib.filterAttrs (_: drv: !(drv ? meta.platforms) || lib.elem system drv.meta.platforms);
      perSystem = lib.filterAttrs (_: outputs: outputs.${system} != { }) {
        packages.${system} = supported { inherit (pkgs) hello; };
        devShells.${system} = supported { default = pkgs.mkShell { }; };
      };
    in
    {
      nixosConfigurations.web = lib.nixosSystem {
        inherit system;
        modules = [ ./hosts/web.nix ];
      };
    }
    // perSystem;
}
