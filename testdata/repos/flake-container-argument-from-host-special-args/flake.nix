# A flake host passing `inputs` through `specialArgs`, whose container's configuration
# asks for `inputs` too: the container's modules are evaluated with its own
# `specialArgs` (none here), not the host's, and its `imports` need `inputs` before
# `config` exists. NixOS stops with "infinite recursion encountered"; the help names
# the container's `specialArgs`, where `inputs` has to be passed.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.11";
    sops-nix.url = "github:Mic92/sops-nix";
    sops-nix.inputs.nixpkgs.follows = "nixpkgs";
  };

  outputs = { self, nixpkgs, ... }@inputs: {
    nixosConfigurations.vault = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      specialArgs = { inherit inputs; };
      modules = [
        ./hosts/vault/configuration.nix
        inputs.sops-nix.nixosModules.sops
      ];
    };
  };
}
