# mkEnableOption is a bool defaulting to false
{ lib, ... }:
{
  options.enable = lib.mkEnableOption "the thing";
}
