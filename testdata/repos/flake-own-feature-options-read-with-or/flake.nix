{
  description = "A lighthouse whose own modules declare a group of options per feature";

  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";

  outputs = { nixpkgs, ... }: {
    nixosConfigurations.lighthouse = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [ ./hosts/lighthouse.nix ];
    };
  };
}
