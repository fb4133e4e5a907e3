# An enum's functor carries its values as nixpkgs' does (`payload.values`): a custom
# type that takes a tagged union's variants checks that each tag option is a singular
# enum of its own name by reading them.
{ lib, ... }:
let
  tag = lib.types.enum [ "reverse_proxy" ];
  joined = lib.types.enum [ "a" "b" ];
in
{
  options.tagValues = lib.mkOption { default = tag.functor.payload.values; };
  options.tagIsSingular = lib.mkOption { default = tag.functor.payload.values == [ "reverse_proxy" ]; };
  options.remade = lib.mkOption { default = (tag.functor.type { values = [ "x" "y" ]; }).description; };
  options.joinedValues = lib.mkOption { default = (tag.typeMerge joined.functor).functor.payload.values; };
}
