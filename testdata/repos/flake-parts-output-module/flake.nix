# A flake-parts flake that imports an input's flake module (which ncc does not evaluate)
# and exports its shared NixOS module as the output `nixosModule`, a module function no
# option declares: flake-parts keeps such an output as it is written (its `flake` is a
# set of raw values), so the host importing `self.nixosModule` gets that module, and
# the container it declares is checked: its bind mount's relative mount point is
# reported. What the input's module may add (`self.deployLib`) stays unknown.
{
  inputs = {
    nixpkgs.url = "github:nixos/nixpkgs/nixos-25.11";
    flake-parts.url = "github:hercules-ci/flake-parts";
    flake-file.url = "github:example/flake-file";
  };
  outputs = inputs@{ self, flake-parts, nixpkgs, ... }:
    flake-parts.lib.mkFlake { inherit inputs; } {
      systems = [ "x86_64-linux" ];
      imports = [ inputs.flake-file.flakeModules.default ];
      flake = {
        nixosModule = { config, pkgs, lib, ... }: {
          environment.variables.EDITOR = lib.mkOverride 900 "vim";
          containers.cache = {
            autoStart = true;
            bindMounts."var/cache/site" = {
              hostPath = "/srv/cache";
              isReadOnly = false;
            };
            config.system.stateVersion = "25.11";
          };
        };
        nixosModules.default = self.nixosModule;
        nixosConfigurations.store = nixpkgs.lib.nixosSystem {
          system = "x86_64-linux";
          modules = [ self.nixosModule ./hosts/store.nix ];
        };
        deployTargets = self.deployLib.targetsOf self.nixosConfigurations;
      };
    };
}
