# Hosts made by extending one base system (`base.extendModules { modules = [ ... ]; }`),
# as NixOS's `extendModules` extends an evaluation: the base's modules and special
# arguments, then the extension's. The container comes from a module the flake adds to
# the host, not from the host's own file.
{
  inputs.nixpkgs.url = "github:nixos/nixpkgs/nixos-25.11";
  outputs = { self, nixpkgs }:
    let
      base = nixpkgs.lib.nixosSystem {
        system = "x86_64-linux";
        specialArgs = { domain = "example.org"; };
        modules = [ ./common.nix ];
      };
    in
    {
      nixosConfigurations.web = base.extendModules {
        modules = [
          ./hosts/web.nix
          (import ./containers/db.nix { port = 5432; })
        ];
        specialArgs = { site = "shop"; };
      };
    };
}
