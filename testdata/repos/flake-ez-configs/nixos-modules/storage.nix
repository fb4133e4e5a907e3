{ lib, dataRoot, ... }:
{
  options.storage.root = lib.mkOption {
    type = lib.types.str;
    default = dataRoot;
  };
}
