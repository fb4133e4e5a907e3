{ self, lib, ... }:
let
  patchedNixpkgs = self.packages.x86_64-linux.nixpkgs-patched;
  siteFor =
    n:
    import ../site.nix {
      inherit lib;
      inherit (self.nixosConfigurations.${n}) config;
    };
in
{
  flake.nixosConfigurations = lib.mapAttrs (
    n: _:
    (import (patchedNixpkgs + "/nixos/lib/eval-config.nix")) {
      system = "x86_64-linux";
      modules = [ (../hosts + "/${n}/configuration.nix") ];
      specialArgs.site = siteFor n;
    }
  ) (builtins.readDir ../hosts);
}
