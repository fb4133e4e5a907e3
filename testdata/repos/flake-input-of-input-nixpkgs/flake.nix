{
  # The shared core is a git submodule, a path input that a checkout without submodules
  # leaves empty; the flake takes its nixpkgs from the core's own input, which flake.lock
  # records (a mirror of nixpkgs fetched with git): `core.inputs.nixpkgs` is that nixpkgs,
  # whose `lib.nixosSystem` makes the hosts, checked as any other.
  inputs = {
    self.submodules = true;
    core.url = "./core";
    secrets.url = "git+https://git.example.net/infra/secrets";
  };

  outputs = { self, core, ... }@inputs:
    let
      lib = core.inputs.nixpkgs.lib;
    in {
      nixosConfigurations = lib.genAttrs (builtins.attrNames (builtins.readDir ./hosts)) (name:
        lib.nixosSystem {
          system = "x86_64-linux";
          specialArgs = { inherit inputs; };
          modules = [ ./hosts/${name} ];
        });
    };
}
