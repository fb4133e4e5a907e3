# What NixOS's misc/nixpkgs.nix makes of the `nixpkgs` options, for the host's and every
# container's evaluation alike (schema.rs gives it to `schema.nix` and `inner-schema.nix`,
# which import it): the `pkgs` modules receive is nixpkgs with `nixpkgs.overlays` applied,
# or the set `nixpkgs.pkgs` gives with them appended, at the default priority (a
# `_module.args.pkgs` of the user's needs `mkForce`, as in NixOS). Only the options that
# shape `pkgs` are declared; `nixpkgs.config`, the platforms and the rest stay in the open
# world. They are read as lib-nix's early `config` (arguments.rs, EARLY_FILE), so that a
# module may read `pkgs` while its options are declared, and are merged elsewhere only
# where read.
{ lib, __earlyConfig, modulesPath, ... }:
let
  inherit (lib) mkOption types;
  cfg = __earlyConfig.nixpkgs;
  given = builtins.tryEval cfg.pkgs;
in
{
  key = "nixos:misc/nixpkgs.nix";
  _file = "<ncc early module>";
  options.nixpkgs = {
    overlays = mkOption {
      type = types.listOf (lib.mkOptionType { name = "nixpkgs-overlay"; description = "nixpkgs overlay"; merge = lib.mergeOneOption; });
      default = [ ];
      description = "List of overlays to apply to Nixpkgs. This option allows modifying the Nixpkgs package set accessed through the `pkgs` module argument.";
    };
    pkgs = mkOption {
      type = lib.mkOptionType { name = "pkgs"; description = "An evaluation of Nixpkgs; the top level attribute set of packages"; descriptionClass = "noun"; merge = lib.mergeOneOption; };
      description = "If set, the pkgs argument to all NixOS modules is the value of this option, extended with `nixpkgs.overlays`, if that is also set.";
    };
  };
  config._module.args.pkgs = lib.mkOverride 100 (
    if given.success
    then given.value.appendOverlays cfg.overlays
    else import (modulesPath + "/../..") { inherit (cfg) overlays; });
}
