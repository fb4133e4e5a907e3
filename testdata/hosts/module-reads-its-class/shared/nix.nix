{ lib, _class, ... }:
{
  nix.settings = lib.mkMerge [
    { experimental-features = [ "nix-command" "flakes" ]; }
    (lib.mkIf (_class == "nixos") { auto-optimise-store = true; })
  ];
}
