{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";

  # nixpkgs imported through its pure entry point, `pkgs/top-level/default.nix`, which takes
  # `localSystem` and reads no `~/.config/nixpkgs` overlays: a `pkgs` as `import nixpkgs`
  # gives. Its overlay extends `lib` with the site's helpers, which pick the modules every
  # host imports, and the hosts are evaluated with that lib.
  outputs = { self, nixpkgs }:
    let
      pkgs = import "${nixpkgs}/pkgs/top-level/default.nix" {
        localSystem.system = "x86_64-linux";
        overlays = [
          (final: prev: {
            lib = prev.lib.extend (f: p: { site = import ./lib.nix { lib = f; }; });
          })
        ];
        config.allowUnfree = true;
      };
      mkHost = name: import "${nixpkgs}/nixos/lib/eval-config.nix" {
        inherit pkgs;
        inherit (pkgs) lib;
        system = "x86_64-linux";
        modules = [ ./hosts/${name}.nix ] ++ pkgs.lib.site.modulesIn ./modules [ "base.nix" "proxy.nix" ];
      };
    in
    {
      nixosConfigurations.edge = mkHost "edge";
    };
}
