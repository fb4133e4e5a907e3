{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.11";
  inputs.desktop-tools.url = "github:example/desktop-tools";

  outputs = { self, nixpkgs, ... }@inputs: {
    nixosConfigurations.lab = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      specialArgs = inputs // { repo = self; };
      modules = [ ./hosts/lab ];
    };
    packages.x86_64-linux.wallpaper =
      nixpkgs.legacyPackages.x86_64-linux.callPackage ./pkgs/wallpaper { };
  };
}
