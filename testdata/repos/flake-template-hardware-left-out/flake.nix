# A flake that ships a template for new machines (`nix flake init -t .#server`). The
# template is a flake of its own whose host imports the hardware-configuration.nix that
# nixos-generate-config writes on the machine it is initialised on: the repository
# does not hold one, and no one builds the template where it lies. Its host is checked
# all the same, without an error for the file the machine will write.
{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";

  outputs = { self, nixpkgs, ... }: {
    nixosConfigurations.gateway = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [ ./hosts/gateway/configuration.nix ];
    };

    templates.server = {
      path = ./templates/server;
      description = "A server with one container";
    };
    templates.default = self.templates.server;
  };
}
