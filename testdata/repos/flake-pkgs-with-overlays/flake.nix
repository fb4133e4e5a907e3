# A flake that builds its own package set from its nixpkgs input with overlays, one of
# which extends `lib` with an address helper, and hands it to its modules in
# `specialArgs`: modules declare their options through `pkgs.lib`, and a container's
# address comes from the overlay's helper. The helper's third host address is out of
# range: ncc evaluates the overlay and reports the address where the module sets it.
{
  inputs.nixpkgs.url = "github:nixos/nixpkgs/nixos-25.11";
  inputs.tools.url = "github:example/tools";
  outputs = { nixpkgs, tools, ... }:
    let
      system = "x86_64-linux";
      pkgs = import nixpkgs {
        inherit system;
        config.allowUnfree = true;
        overlays = [
          tools.overlays.default
          (final: prev: {
            lib = prev.lib // (import ./net.nix { inherit (prev) lib; }).lib;
            motd = final.writeText "motd" "welcome";
          })
        ];
      };
    in {
      nixosConfigurations.box = nixpkgs.lib.nixosSystem {
        inherit system;
        specialArgs = { inherit pkgs; };
        modules = [ ./modules/wiki.nix ./configuration.nix ];
      };
    };
}
