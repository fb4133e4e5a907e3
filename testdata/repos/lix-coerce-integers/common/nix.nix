{ pkgs, ... }:
{
  nix.package = pkgs.lix;
  # Lix: "v${version}" without toString.
  nix.settings.experimental-features = [ "nix-command" "flakes" "coerce-integers" ];
}
