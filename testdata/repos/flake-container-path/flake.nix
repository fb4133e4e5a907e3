{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.05";

  outputs = { self, nixpkgs }: {
    # A container's system built as a NixOS configuration of its own, and run on the host
    # by its path (`containers.www.path`): a derivation, which NixOS's path type takes.
    nixosConfigurations.www = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [ ./hosts/www.nix ];
    };
    nixosConfigurations.host = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [
        ./hosts/host.nix
        { containers.www.path = self.nixosConfigurations.www.config.system.build.toplevel; }
      ];
    };
  };
}
