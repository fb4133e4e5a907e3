{ lib, ... }:
let
  inherit (lib) mkOption types;
  address = types.submodule {
    options.address = mkOption { type = types.str; };
    options.prefixLength = mkOption { type = types.int; };
  };
in
{
  options.site.interfaces = mkOption {
    type = types.attrsOf (types.submodule {
      options.ipv4.addresses = mkOption {
        type = types.listOf address;
        default = [ ];
      };
    });
    default = { };
  };
  options.site.domain = mkOption { type = types.str; };
}
