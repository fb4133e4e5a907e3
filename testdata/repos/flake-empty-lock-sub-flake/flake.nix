# A fleet's flake whose repository also keeps a flake of modules of its own, published
# for others, whose `flake.lock` was committed empty. Nix cannot parse an empty lock file
# ("Could not parse '.../flake.lock'"), so that flake cannot be evaluated; the fleet's
# host, which imports the module by its path, checks clean.
{
  inputs.nixpkgs.url = "github:nixos/nixpkgs/nixos-25.11";

  outputs = { self, nixpkgs, ... }: {
    nixosConfigurations.gate = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [ ./configuration.nix ./modules/hardening/module.nix ];
    };
  };
}
