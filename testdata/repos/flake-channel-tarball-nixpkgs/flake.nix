# A flake-parts flake whose nixpkgs is a channel's tarball
# (`https://nixos.org/channels/nixos-25.11/nixexprs.tar.xz`), not a GitHub reference: it
# is nixpkgs all the same, and its `lib` chooses which flake modules are imported
# (`optional (pathExists ./parts/archive.nix)`, as a flake trimmed for its tests does).
# The archive host that module adds names a container with an underscore, which NixOS
# rejects.
{
  inputs = {
    nixpkgs.url = "https://nixos.org/channels/nixos-25.11/nixexprs.tar.xz";
    flake-parts.url = "github:hercules-ci/flake-parts";
  };

  outputs =
    inputs@{ nixpkgs, flake-parts, ... }:
    let
      inherit (nixpkgs.lib) optional pathExists;
    in
    flake-parts.lib.mkFlake { inherit inputs; } {
      systems = [ "x86_64-linux" ];
      imports =
        [ ./parts/relay.nix ]
        ++ optional (pathExists ./parts/archive.nix) ./parts/archive.nix
        ++ optional (pathExists ./parts/removed.nix) ./parts/removed.nix;
    };
}
