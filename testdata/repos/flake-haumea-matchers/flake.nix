# Machines found by a matcher of the flake's own: haumea's `load` with `loader = [ matcher ]`
# takes only each machines/<name>/default.nix, as the file itself (`loaders.verbatim`),
# and the transformer, given each directory's place, makes a machine's directory its
# module. The profiles are loaded as paths (`loaders.path`). haumea is known by its URL
# here, not its name. The peers come from a tree of another flake's source, which ncc
# does not read: what alpha reads of them is unknown, not wrong. beta's container
# bind-mounts a relative path.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.11";
    # Known by its URL: the name is the flake's own.
    haumea-lib.url = "github:nix-community/haumea";
    fleet = {
      url = "github:example/fleet";
      flake = false;
    };
  };
  outputs = { self, nixpkgs, haumea-lib, fleet, ... }:
    let
      inherit (nixpkgs) lib;
      haumea = haumea-lib;
      machines = haumea.lib.load {
        src = ./machines;
        loader = [
          {
            matches = file: file == "default.nix";
            loader = haumea.lib.loaders.verbatim;
          }
        ];
        transformer = cursor: set:
          if builtins.length cursor == 1 then set.default or null else set;
      };
      profiles = haumea.lib.load {
        src = ./profiles;
        loader = haumea.lib.loaders.path;
      };
      peers = haumea.lib.load { src = "${fleet}/peers"; };
    in
    {
      nixosConfigurations = lib.mapAttrs
        (name: module: lib.nixosSystem {
          system = "x86_64-linux";
          specialArgs = { inherit peers; };
          modules = [ profiles.common module { networking.hostName = name; } ];
        })
        (lib.filterAttrs (_: module: module != null) machines);
      checks.x86_64-linux.tree = haumea.lib.loadEvalTests {
        src = ./tests;
        inputs = { inherit lib; };
      };
    };
}
