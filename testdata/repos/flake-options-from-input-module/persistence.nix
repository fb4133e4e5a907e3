# The paths this host keeps, declared with the entry options of the input's module.
{ inputs, options, lib, ... }:
let
  entry = options.persist.roots.type.nestedTypes.elemType.getSubOptions [ ];
in
{
  imports = [ inputs.persist.nixosModules.default ];
  options.keep = { inherit (entry) files directories; };
  options.keepRoot = lib.mkOption { type = lib.types.str; default = "/persist"; };
}
