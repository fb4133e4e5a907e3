{ pkgs, ... }:
{
  # A nix-darwin system: easy-hosts gives it to nix-darwin, not NixOS.
  homebrew.enable = true;
  environment.systemPackages = [ pkgs.git ];
}
