{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.11";

  outputs = { self, nixpkgs }: {
    nixosConfigurations.web = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [ ./hosts/web ];
    };
    nixosConfigurations.backup = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [ ./hosts/backup.nix ];
    };
    packages.x86_64-linux.report = nixpkgs.legacyPackages.x86_64-linux.callPackage ./pkgs/report.nix { };
  };
}
