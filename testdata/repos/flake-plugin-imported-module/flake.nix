# A flake whose hosts' interfaces live in an encrypted file that nix-plugins'
# `builtins.extraBuiltins` decrypts and imports as a module while evaluating: ncc cannot
# know that module, so the attribute sets of the project's own options it may define
# entries of are open on the host importing it (`inherit (config.site.interfaces) eth0`
# is unknown there, a warning where it decides a container's address, never "attribute
# missing"). The host that imports no such module still has its error.
{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";
  outputs = { nixpkgs, ... }: {
    nixosConfigurations.edge = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [ ./modules/site.nix ./modules/sealed.nix ./hosts/edge.nix ];
    };
    nixosConfigurations.lab = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [ ./modules/site.nix ./hosts/lab.nix ];
    };
  };
}
