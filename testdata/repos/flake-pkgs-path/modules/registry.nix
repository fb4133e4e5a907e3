# Pins the flake registry's nixpkgs to the input this system's packages come from,
# found by its source tree: `pkgs.path` is the nixpkgs `pkgs` was imported from.
{ lib, inputs, pkgs, ... }:
let
  source = lib.findFirst (input: input.outPath == toString pkgs.path) null (lib.attrValues inputs);
in
{
  warnings = lib.optional (source == null) "no input holds this system's nixpkgs";
  nix.registry = lib.optionalAttrs (source != null) { nixpkgs.flake = source; };
}
