# A clan whose nixpkgs is clan-core's own (`nixpkgs.follows = "clan-core/nixpkgs"`, as
# clan's template writes it, with no flake.lock yet): that input is nixpkgs, whatever
# clan-core is, so its `lib` is ncc's and decides which modules the clan imports
# (`optionals (pathExists ./clan.nix)`). The machine clan.nix gives runs a container
# with addresses but no private network, which NixOS ignores.
{
  inputs.clan-core.url = "https://git.clan.lol/clan/clan-core/archive/main.tar.gz";
  inputs.nixpkgs.follows = "clan-core/nixpkgs";

  outputs =
    inputs@{ self, clan-core, nixpkgs, ... }:
    let
      inherit (nixpkgs) lib;
      clan = clan-core.lib.clan {
        inherit self;
        imports =
          lib.optionals (lib.pathExists ./clan.nix) [ ./clan.nix ]
          ++ lib.optionals (lib.pathExists ./clan.json) [ (lib.importJSON ./clan.json) ];
        meta.name = lib.mkDefault "workbench";
      };
    in
    {
      inherit (clan.config) nixosConfigurations clanInternals;
    };
}
