# What CI builds: the machines of the registry marked for it, found by evaluating the
# shared modules once with `eval-config.nix` and filtering the registry's entries
# (`nix-instantiate --eval --strict ci.nix`). That evaluation is not a host of ncc's:
# its `config.fleet.hosts` is a set ncc stands in for, whose names are unknown, not the
# stand-in's own `name`, `outPath` and `type` ("value is a string while a set was
# expected" at `host.ci` before).
let
  pkgs = import <nixpkgs> { };
  inherit (pkgs) lib;
  registry = import <nixpkgs/nixos/lib/eval-config.nix> {
    modules = [ ./modules ];
  };
  built = lib.filterAttrs (_: host: host.ci) registry.config.fleet.hosts;
in
lib.mapAttrs (name: host: "${name}: ${host.owner}") built
