# A flake whose hosts take their user and time zone from a `site` module argument that
# the module of the author's private input gives (`_module.args.site`): ncc does not
# evaluate that module, so on a host importing it the argument is unknown (a warning
# where it decides what ncc checks), never NixOS's "attribute 'site' missing". The host
# importing only a module published for everyone (home-manager's), which sets no
# project's arguments, still has the error.
{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
  inputs.home-manager.url = "github:nix-community/home-manager";
  inputs.private.url = "git+ssh://git@example.org/me/private.git";
  outputs = { nixpkgs, home-manager, private, ... }: {
    nixosConfigurations.desk = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [
        private.nixosModules.default
        home-manager.nixosModules.home-manager
        ./modules/base.nix
        ./hosts/desk.nix
      ];
    };
    nixosConfigurations.spare = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [
        home-manager.nixosModules.home-manager
        ./modules/base.nix
        ./hosts/spare.nix
      ];
    };
  };
}
