# What NixOS's misc/nixpkgs.nix makes of the `nixpkgs` options, for the host's and every
# container's evaluation alike (schema.rs gives it to `schema.nix` and `inner-schema.nix`,
# which import it): the `pkgs` modules receive is nixpkgs with `nixpkgs.overlays` applied,
# or the set `nixpkgs.pkgs` gives with them appended, at the default priority (a
# `_module.args.pkgs` of the user's needs `mkForce`, as in NixOS). Only the options that
# shape `pkgs` (its overlays and platforms) are declared; `nixpkgs.config` and the rest stay in the open
# world. They are read as lib-nix's early `config` (arguments.rs, EARLY_FILE), so that a
# module may read `pkgs` while its options are declared, and are merged elsewhere only
# where read. The platform `pkgs` is made for is NixOS's too, from the options declared
# here as NixOS declares them: `nixpkgs.hostPlatform` (with `buildPlatform`) where it is
# defined, else the legacy `localSystem` (`{ inherit system; }`) and `crossSystem`; where
# neither `hostPlatform` nor `localSystem` nor `system` is defined, nixpkgs is imported
# without a platform, which is then unknown (lib-nix's pkgs.rs), as NixOS would fail or
# take the evaluating machine's.
{ lib, options, __earlyConfig, modulesPath, ... }:
let
  inherit (lib) mkOption types;
  # `config` and `options` are read through the arguments each time, never bound here:
  # a binding would keep what it read (and through it this module's own definitions)
  # after the evaluation is released, a cycle per container's evaluation.
  given = builtins.tryEval __earlyConfig.nixpkgs.pkgs;
  systemArguments = {
    localSystem =
      if options.nixpkgs.hostPlatform.isDefined then __earlyConfig.nixpkgs.buildPlatform
      # `system` given as eval-config.nix gives it (`mkDefault`) or stronger: not the
      # fallback of a host built from a configuration.nix alone (schema.rs,
      # nixos_rebuild_defaults), whose platform stays the modules' to give.
      else if (options.nixpkgs.system.isDefined
          && options.nixpkgs.system.highestPrio <= (lib.mkDefault { }).priority)
        || options.nixpkgs.localSystem.highestPrio < (lib.mkOptionDefault { }).priority
      then __earlyConfig.nixpkgs.localSystem
      else null;
    crossSystem =
      if options.nixpkgs.hostPlatform.isDefined then __earlyConfig.nixpkgs.hostPlatform
      else __earlyConfig.nixpkgs.crossSystem;
  };
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
    hostPlatform = mkOption {
      type = types.either types.str types.attrs;
      apply = lib.systems.elaborate;
      description = "Specifies the platform where the NixOS configuration will run.";
    };
    buildPlatform = mkOption {
      type = types.either types.str types.attrs;
      defaultText = lib.literalExpression "config.nixpkgs.hostPlatform";
      apply = lib.systems.elaborate;
      description = "Specifies the platform on which NixOS should be built.";
    };
    localSystem = mkOption {
      type = types.attrs;
      defaultText = lib.literalExpression "config.nixpkgs.system";
      apply = lib.systems.elaborate;
      description = "Specifies the platform on which NixOS should be built (legacy).";
    };
    crossSystem = mkOption {
      type = types.nullOr types.attrs;
      default = null;
      description = "Specifies the platform for which NixOS should be built (legacy).";
    };
    system = mkOption {
      type = types.str;
      description = "Specifies the Nix platform type on which NixOS should be built (legacy).";
    };
    pkgs = mkOption {
      type = lib.mkOptionType { name = "pkgs"; description = "An evaluation of Nixpkgs; the top level attribute set of packages"; descriptionClass = "noun"; merge = lib.mergeOneOption; };
      description = "If set, the pkgs argument to all NixOS modules is the value of this option, extended with `nixpkgs.overlays`, if that is also set.";
    };
  };
  # NixOS declares these defaults with the options; they are definitions here, at the
  # default's priority, so that the declarations read no `config` and are shared by every
  # container's evaluation (lib-nix's hoist.rs).
  config.nixpkgs.buildPlatform = lib.mkOptionDefault __earlyConfig.nixpkgs.hostPlatform;
  config.nixpkgs.localSystem = lib.mkOptionDefault { system = __earlyConfig.nixpkgs.system; };
  config._module.args.pkgs = lib.mkOverride 100 (
    if given.success
    then given.value.appendOverlays __earlyConfig.nixpkgs.overlays
    else import (modulesPath + "/../..") ({ overlays = __earlyConfig.nixpkgs.overlays; } // systemArguments));
}
