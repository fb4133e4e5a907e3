# A channel-era repository whose top level is the machine it is checked out on:
# nixpkgs' nixos/default.nix, given no configuration, reads `<nixos-config>` (which ncc
# does not know), and the repository's own hosts sit beside that machine's attributes.
import <nixpkgs/nixos> { } // {
  relay = import <nixpkgs/nixos> { configuration = ./hosts/relay.nix; };
}
