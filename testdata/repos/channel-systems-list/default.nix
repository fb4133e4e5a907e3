# The machines of a channel-era repository as a list: `nix-build` builds every system
# in it, `nix-build -A 1` the server's. Each element is a host, named by its index.
let
  system = configuration: (import <nixpkgs/nixos> { inherit configuration; }).system;
in
map system [
  ./laptop/configuration.nix
  ./server/configuration.nix
]
