# mkEnableOption is typed bool
{ lib, ... }:
{
  options.enable = lib.mkEnableOption "the thing";
  config.enable = "yes";
}
