# `merge = types.str.merge` in a type of one's own: two different strings conflict
{ lib, ... }:
let
  address = lib.mkOptionType {
    name = "address";
    check = lib.isString;
    merge = lib.types.str.merge;
  };
in
{
  imports = [ { listen = "10.0.0.1"; } ];
  options.listen = lib.mkOption { type = address; };
  config.listen = "10.0.0.2";
}
