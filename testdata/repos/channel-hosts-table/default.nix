# The hosts of a channel-era repository, built with `nix-build -A web.system`: each a
# NixOS system that nixpkgs' nixos/default.nix makes of one configuration. The web host
# is a function of this repository's library, which only this table gives it.
let
  l = import ./lib { domain = "example.org"; };
  system = name: import <nixpkgs/nixos> { configuration = import (./hosts + "/${name}") l; };
in
{
  web = system "web";
  db = import <nixpkgs/nixos> { configuration = ./hosts/db/configuration.nix; };
  ci = (import <nixpkgs/nixos> { configuration = ./hosts/ci.nix; }).system;
}
