# `lib` is nixpkgs lib
{ lib, ... }:
{
  options.s = lib.mkOption { type = lib.types.str; };
  config.s = lib.concatStringsSep "," (lib.mapAttrsToList (n: v: "${n}=${lib.toUpper v}") { a = "x"; b = "y"; });
}
