# A flake whose hosts' service switches are declared with the helper library of one of
# its inputs (`site.lib.mkBoolOpt false "..."`), reached through a module argument a
# shared module makes in `_module.args` from its own options and the inputs, as flakes
# of 2023-2026 write it. NixOS declares each switch as the `mkOption` the helper
# returns; ncc cannot know that declaration (one N301 where it is made), and the
# switches are the open world's: set to true or false, they are read as set (the chat
# bridge turns the archive on). Before, ncc took the helper's result for a group of
# options and said the definitions were not sets (M002, and N201 where one module sets
# another's switch); with those gone, the argument a module's own `options` read while
# they were declared stayed an infinite recursion when its `config` read it again
# (N201 in a unit's script).
{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.05";
  inputs.helpers.url = "github:example/site-helpers";
  outputs = { nixpkgs, ... }@inputs: {
    nixosConfigurations.ledger = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      specialArgs = { inherit inputs; };
      modules = [
        ./modules/site.nix
        ./modules/services
        ./hosts/ledger
      ];
    };
  };
}
