{ lib, ... }:
{
  options.site.peers = lib.mkOption {
    default = { };
    type = lib.types.attrsOf (lib.types.submodule {
      options.address = lib.mkOption { type = lib.types.str; description = "The peer's address."; };
    });
  };
}
