# A module that declares its options from other options' declarations, through the
# `options` argument (`options.networking.interfaces.type.functor.wrapped.getSubOptions`),
# as nixpkgs allows since it declares each name lazily; and an option whose type adds a
# check to a type holding submodules, which nixpkgs' fixupOptionType drops (nixpkgs
# issue #396021: the check below would fail if it ran; checked with nixpkgs lib 25.11).
{ config, lib, options, ... }:
let
  interfaceOptions = options.networking.interfaces.type.functor.wrapped.getSubOptions [ ];
  cfg = config.lab;
in
{
  options.lab = {
    address = interfaceOptions.ipv4.addresses // {
      default = [ { address = "10.70.0.1"; prefixLength = 24; } ];
    };
    peers = lib.mkOption {
      default = { };
      type = with lib.types;
        coercedTo (listOf str) (names: lib.genAttrs names (_: { }))
          (addCheck (attrsOf (submodule { })) (assert false; _: true));
    };
  };
  config = {
    system.stateVersion = "24.05";
    lab.peers = [ "alpha" "beta" ];
    networking.interfaces.br0.ipv4.addresses = cfg.address;
    containers.lab = {
      privateNetwork = true;
      hostAddress = (builtins.head cfg.address).address;
      localAddress = "10.70.0.${toString (10 + builtins.length (builtins.attrNames cfg.peers))}";
      config = { };
    };
  };
}
