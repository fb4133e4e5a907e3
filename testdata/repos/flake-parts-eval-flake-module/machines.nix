{ inputs, self, ... }:
let
  inherit (inputs) nixpkgs;
  machine = module: nixpkgs.lib.nixosSystem {
    system = "x86_64-linux";
    specialArgs = { inherit self inputs; };
    modules = [ module ];
  };
in
{
  flake.nixosModules = {
    builder = ./hosts/builder.nix;
    runner = ./hosts/runner.nix;
  };
  flake.nixosConfigurations = nixpkgs.lib.mapAttrs (_: machine) self.nixosModules;
}
