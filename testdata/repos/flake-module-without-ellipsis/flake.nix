{
  description = "Two machines; one host module asks for its arguments without `...`";

  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";

  outputs = { nixpkgs, ... }: {
    nixosConfigurations = {
      edge = nixpkgs.lib.nixosSystem {
        system = "x86_64-linux";
        modules = [ ./hosts/edge/configuration.nix ./hosts/edge/proxy.nix ];
      };
    };
  };
}
