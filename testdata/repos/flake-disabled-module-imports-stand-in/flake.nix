# A fleet whose shared modules import sops-nix, and an installer image that disables the
# shared module doing so (`disabledModules = [ "${inputs.self}/hosts/common/secrets.nix" ]`)
# to declare a `sops` option of its own for the modules that still set secrets. nixpkgs
# drops what only a disabled module imports, sops-nix's module with it: the installer's
# `sops` is the only one, and the installer checks clean. The server keeps sops-nix, whose
# secret is bound into its container.
{
  inputs = {
    nixpkgs.url = "github:nixos/nixpkgs/nixos-25.11";
    sops-nix.url = "github:Mic92/sops-nix";
  };

  outputs = { self, nixpkgs, ... }@inputs: {
    nixosConfigurations = {
      installer = nixpkgs.lib.nixosSystem {
        system = "x86_64-linux";
        specialArgs = { inherit inputs; };
        modules = [ ./hosts/installer ];
      };
      vault = nixpkgs.lib.nixosSystem {
        system = "x86_64-linux";
        specialArgs = { inherit inputs; };
        modules = [ ./hosts/vault ];
      };
    };
  };
}
