# The repository's own flake: tools for working on it, no machine. Each machine is a
# flake of its own below hosts/, deployed from its directory.
{
  description = "homelab monorepo";
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.05";
  outputs = { self, nixpkgs }:
    let
      pkgs = nixpkgs.legacyPackages.x86_64-linux;
    in
    {
      formatter.x86_64-linux = pkgs.nixfmt-rfc-style;
      devShells.x86_64-linux.default = pkgs.mkShell {
        packages = [ pkgs.nixos-rebuild pkgs.sops ];
      };
      templates.devshell = {
        path = ./templates/devshell;
        description = "a development shell";
      };
    };
}
