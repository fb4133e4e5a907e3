{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";

  # A fleet described by modules of its own, evaluated with `lib.evalModules` of a lib the
  # flake extends with its helpers (`lib.site`). nixpkgs gives modules the lib whose
  # `evalModules` was called, so the fleet's modules read `lib.site` without it being
  # passed; the hosts are made by that lib's `nixosSystem`, whose modules get it too.
  outputs = { self, nixpkgs }:
    let
      lib = nixpkgs.lib.extend (final: prev: { site = import ./lib { lib = final; }; });
      fleet = lib.evalModules {
        modules = [
          ./fleet/options.nix
          ./fleet/machines.nix
        ];
      };
    in
    {
      nixosConfigurations = fleet.config.rendered;
    };
}
