# The flake's library: nixpkgs' lib, and beside it every file of this directory under its
# own name (`hosts.nix` is `lib.hosts`).
inputs@{ nixpkgs, ... }:
let
  inherit (nixpkgs) lib;
  own = lib.mapAttrs' (file: _: {
    name = lib.removeSuffix ".nix" file;
    value = import (./. + "/${file}") inputs;
  }) (lib.filterAttrs (file: kind: kind == "regular" && file != "default.nix") (builtins.readDir ./.));
in
lib // own
