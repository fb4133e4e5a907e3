# A flake whose host takes modules from its inputs: every module an input exports
# (`builtins.attrValues extra.nixosModules`, which ncc does not evaluate: listed as not
# evaluated, not read as the stand-in's `name` and `outPath`), and a module of its own
# given static arguments with flake-parts' `importApply`. That module reads `stdenv` out
# of `pkgs` with `inherit`, and mounts a directory at a relative path: the mistake.
{
  inputs = {
    nixpkgs.url = "github:nixos/nixpkgs/nixos-25.11";
    flake-parts.url = "github:hercules-ci/flake-parts";
    extra.url = "github:example/extra-modules";
  };
  outputs = { nixpkgs, flake-parts, extra, ... }: {
    nixosConfigurations.box = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [
        ./configuration.nix
        (flake-parts.lib.importApply ./web.nix { port = 8080; })
      ] ++ builtins.attrValues extra.nixosModules;
    };
  };
}
