# A host whose own module declares options without defaults and a private flake input's
# module (not in the repository) that sets them: the values exist only in that module.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";
    private.url = "git+ssh://git@example.org/ops/private";
    sops-nix.url = "github:Mic92/sops-nix";
  };

  outputs = { nixpkgs, private, sops-nix, ... }: {
    nixosConfigurations.gateway = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [
        ./hosts/gateway
        private.nixosModules.default
      ];
    };

    # The same host with a module published for everyone in its place, which cannot
    # know this repository's options: nothing sets them, as NixOS says (M004).
    nixosConfigurations.gateway-sops = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [
        ./hosts/gateway
        sops-nix.nixosModules.sops
      ];
    };

    # The same host without the private module: nothing sets the options.
    nixosConfigurations.gateway-public = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [ ./hosts/gateway ];
    };
  };
}
