# apply runs once, on the merged value
{ lib, ... }:
{
  imports = [ { l = [ "b" ]; } ];
  options.l = lib.mkOption {
    type = lib.types.listOf lib.types.str;
    apply = l: lib.concatStringsSep "+" l;
  };
  config.l = [ "a" ];
}
