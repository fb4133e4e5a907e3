# Hosts made inside `withSystem`, which gives its function the `perSystem` module
# arguments of that system, those the flake's own `perSystem` modules set too.
{ inputs, withSystem, ... }:
{
  flake.nixosConfigurations.wiki = withSystem "x86_64-linux" (
    { pkgs, stablePkgs, ports, ... }:
    inputs.nixpkgs.lib.nixosSystem {
      inherit pkgs;
      specialArgs = { inherit stablePkgs ports; };
      modules = [ ../hosts/wiki.nix ];
    }
  );

  # No `perSystem` module sets `mirrorPkgs`: flake-parts fails this host.
  flake.nixosConfigurations.mirror = withSystem "x86_64-linux" (
    { pkgs, mirrorPkgs, ... }:
    inputs.nixpkgs.lib.nixosSystem {
      inherit pkgs;
      specialArgs = { stablePkgs = mirrorPkgs; ports = { wiki = 8081; }; };
      modules = [ ../hosts/wiki.nix ];
    }
  );
}
