# A flake made by soxin's `lib.mkFlake`, which hands flake-utils-plus one host per
# `hosts.<name>` of mode "NixOS" (`studio`, of mode "nix-darwin", is nix-darwin's): its
# modules, then `extraNixosModules`, sops-nix's module (`withSops`) and home-manager's;
# every host also has `extraGlobalModules` and soxin's own module. soxin passes `inputs`,
# `soxin`, `soxincfg` (the flake itself) and `mode` as special arguments, with
# `nixosSpecialArgs` over them; flake-utils-plus names each host by its key. soxin's inputs
# follow the flake's, as its template has them. The vault's container binds a relative path.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";
    flake-utils-plus.url = "github:gytis-ivaskevicius/flake-utils-plus";
    home-manager.url = "github:nix-community/home-manager/release-25.11";
    sops-nix.url = "github:Mic92/sops-nix";
    soxin = {
      url = "github:SoxinOS/soxin";
      inputs.nixpkgs.follows = "nixpkgs";
      inputs.home-manager.follows = "home-manager";
      inputs.sops-nix.follows = "sops-nix";
      inputs.flake-utils-plus.follows = "flake-utils-plus";
    };
  };

  outputs = { self, nixpkgs, soxin, ... }@inputs:
    soxin.lib.mkFlake {
      inherit inputs;
      withSops = true;

      channels.nixpkgs.input = nixpkgs;
      channelsConfig.allowUnfree = true;

      extraGlobalModules = [ ./modules/site.nix ];
      extraNixosModules = [ { services.openssh.enable = true; } ];
      nixosSpecialArgs.siteName = "example";

      nixosModules.site = import ./modules/site.nix;

      hosts = import ./hosts inputs;
    };
}
