# a type of one's own that merges as a string does: `merge = types.str.merge`
{ lib, ... }:
let
  address = lib.mkOptionType {
    name = "address";
    description = "IP address";
    check = x: lib.isString x && builtins.match "[.0-9:a-f]+" x != null;
    merge = lib.types.str.merge;
  };
in
{
  imports = [ { listen = "10.0.0.1"; } ];
  options.listen = lib.mkOption { type = address; };
  config.listen = "10.0.0.1";
}
