# A lab flake that makes every output per system, its NixOS host too:
# `nixosConfigurations.<system>.lab`, which its `run` package builds as
# `nixosConfigurations.${system}.lab.config.system.build.vm`. Each system's `lab` is a
# host, the same in each: checked once, in x86_64-linux, where the container's mistake
# (a forwarded port without privateNetwork, which NixOS ignores) is found.
{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";

  outputs = { self, nixpkgs }:
    let
      eachSystem = f: nixpkgs.lib.genAttrs [ "x86_64-linux" "aarch64-linux" "aarch64-darwin" ]
        (system: f { inherit system; pkgs = import nixpkgs { inherit system; }; });
    in {
      packages = eachSystem ({ pkgs, system }: {
        run = pkgs.writeShellScriptBin "run-lab" ''
          ${self.nixosConfigurations.${system}.lab.config.system.build.vm}/bin/run-nixos-vm
        '';
      });
      nixosConfigurations = eachSystem ({ system, ... }: {
        lab = nixpkgs.lib.nixosSystem {
          inherit system;
          modules = [ ./lab.nix ];
        };
      });
    };
}
