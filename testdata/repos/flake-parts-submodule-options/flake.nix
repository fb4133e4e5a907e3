# A flake-parts flake whose hosts are built from an option of its own, declared under
# `flake` with flake-parts' `mkSubmoduleOptions` (`flake.machines.<name>`, a submodule
# whose `withCommon` defaults to true); a second flake module names the machines and
# leaves `withCommon` to its default. flake-parts merges that declaration into its own
# `flake` submodule, so `self.machines.relay.withCommon` is true and the common module,
# with the container, is imported.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";
    flake-parts.url = "github:hercules-ci/flake-parts";
  };
  outputs = inputs@{ flake-parts, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      systems = [ "x86_64-linux" ];
      imports = [ ./parts/machines-option.nix ./parts/machines.nix ];
    };
}
