# mkEnableOption set to true
{ lib, ... }:
{
  options.enable = lib.mkEnableOption "the thing";
  config.enable = true;
}
