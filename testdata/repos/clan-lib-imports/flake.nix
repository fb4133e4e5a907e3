# A clan made with clan-core's `lib.clan` given as modules (`imports`), its newer form:
# the clan's configuration is the merge of the modules, so the machines they name are
# the hosts; a machine its inventory gives the darwin class is nix-darwin's, no NixOS host.
{
  inputs.nixpkgs.url = "github:nixos/nixpkgs/nixos-unstable";
  inputs.clan-core = {
    url = "https://git.clan.lol/clan/clan-core/archive/main.tar.gz";
    inputs.nixpkgs.follows = "nixpkgs";
  };

  outputs = inputs@{ self, clan-core, ... }:
    let
      fleet = import ./fleet.nix;
      clan = clan-core.lib.clan {
        inherit self;
        specialArgs = { inherit inputs fleet; };
        imports = [
          ./clan/inventory.nix
          ./clan/machines.nix
        ];
      };
    in
    {
      inherit (clan.config) nixosConfigurations darwinConfigurations clanInternals;
    };
}
