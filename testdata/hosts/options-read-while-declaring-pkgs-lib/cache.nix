{ lib, ... }:
{
  options.site.cache.entries = lib.mkOption {
    type = lib.types.listOf lib.types.str;
    default = [ ];
  };
}
