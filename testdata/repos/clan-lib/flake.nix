# A clan made with clan-core's `lib.clan` (its own flake outputs, no flake-parts): the
# machines are the directories of ./machines and the entries of `machines`; a machine's
# module given inline is checked with the files clan includes by itself.
{
  inputs.clan-core.url = "https://git.clan.lol/clan/clan-core/archive/main.tar.gz";
  inputs.nixpkgs.follows = "clan-core/nixpkgs";

  outputs = inputs@{ self, clan-core, ... }:
    let
      clan = clan-core.lib.clan {
        inherit self;
        meta.name = "workshop";
        specialArgs = { inherit inputs; };
        machines.printer = {
          networking.hostName = "printer";
          system.stateVersion = "25.05";
          containers.cups = {
            autoStart = true;
            privateNetwork = true;
            hostAddress = "10.77.0.1";
            localAddress = "10.77.0.2";
            config = { services.printing.enable = true; system.stateVersion = "25.05"; };
          };
        };
      };
    in
    {
      inherit (clan.config) nixosConfigurations clanInternals;
    };
}
