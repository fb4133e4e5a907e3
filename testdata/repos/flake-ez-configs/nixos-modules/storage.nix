{ lib, ... }:
{
  options.storage.root = lib.mkOption {
    type = lib.types.str;
    default = "/srv/data";
  };
}
