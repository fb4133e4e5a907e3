{ lib, ... }:
{
  options.siteBridge = lib.mkOption {
    type = lib.types.str;
    default = "br-north";
  };
}
