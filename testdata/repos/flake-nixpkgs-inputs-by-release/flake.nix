# A flake keeping its nixpkgs inputs in a table by release, `lib.versions.majorMinor
# nixpkgs.lib.version`, and building each host from the release it names. Each input's
# `lib.version` is that of the branch its lock follows, with the date and revision the
# lock fixes, as nixpkgs' flake gives it (nixos-26.05: "26.05.20260725.0123456"), so the
# stable hosts are found under "26.05"; the unstable input names no release, and stands
# under the one master headed to when it was locked (26.11, after 26.05's branch-off).
# The container's mistake (an underscore in its name) is still found.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-26.05";
    nixpkgs-unstable.url = "github:NixOS/nixpkgs/nixos-unstable";
  };

  outputs = { self, nixpkgs, nixpkgs-unstable }:
    let
      inherit (nixpkgs) lib;
      byRelease = builtins.listToAttrs (map (input: {
        name = lib.versions.majorMinor input.lib.version;
        value = input;
      }) [ nixpkgs nixpkgs-unstable ]);
      system = { version, modules }: byRelease.${version}.lib.nixosSystem {
        inherit modules;
        specialArgs.release = byRelease.${version}.lib.trivial.release;
      };
    in {
      nixosConfigurations = {
        gateway = system { version = "26.05"; modules = [ ./hosts/gateway.nix ]; };
        mirror = system { version = "26.05"; modules = [ ./hosts/mirror.nix ]; };
      };
    };
}
