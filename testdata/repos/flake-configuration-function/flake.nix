{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";

  outputs = { self, nixpkgs }:
    let
      system = "x86_64-linux";
    in
    {
      nixosConfigurations = {
        gateway = nixpkgs.lib.nixosSystem {
          inherit system;
          modules = [ ./hosts/gateway.nix ];
        };
        # A system made per call: the rescue image takes the address it boots with.
        rescue = { address, gateway ? "10.9.0.1" }: nixpkgs.lib.nixosSystem {
          inherit system;
          modules = [
            ./hosts/rescue.nix
            { networking.defaultGateway = gateway; networking.interfaces.eth0.ipv4.addresses = [ { inherit address; prefixLength = 24; } ]; }
          ];
        };
      };

      packages.${system}.rescue = args: (self.nixosConfigurations.rescue args).config.system.build.kexecTree;
    };
}
