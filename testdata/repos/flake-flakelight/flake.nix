# A flake made by flakelight: `flakelight ./. { ... }` evaluates the module given with
# flakelight's own, and each `nixosConfigurations.<name>` is a host. Two come from `nixDir`
# (`./nix` by default): the files of `nix/machines/`, an alias of `nixosConfigurations`,
# each a function of flakelight's module arguments giving `lib.nixosSystem` arguments;
# one is given here. `nix/nixosModules/` gives `nixosModules` (each file by its name), which
# the hosts read through the `outputs` module argument. The flake gives no `inputs`:
# flakelight reads them from flake.lock, and passes them to every host with `hostname`
# as special arguments, its module arguments as `flake`, and the flake's `withOverlays`
# and `nixpkgs.config` as the host's. The relay's container binds a relative path.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";
    flakelight.url = "github:nix-community/flakelight";
    flakelight.inputs.nixpkgs.follows = "nixpkgs";
    sops-nix.url = "github:Mic92/sops-nix";
  };

  outputs = { flakelight, ... }:
    flakelight ./. {
      nixDirAliases.nixosConfigurations = [ "machines" ];

      nixpkgs.config.allowUnfree = true;
      withOverlays = [ (final: prev: { siteTools = prev.hello; }) ];

      devShell.packages = pkgs: [ pkgs.git ];
      formatter = pkgs: pkgs.nixfmt-rfc-style;

      nixosConfigurations.builder = {
        system = "x86_64-linux";
        modules = [ ./hosts/builder.nix ];
      };
    };
}
