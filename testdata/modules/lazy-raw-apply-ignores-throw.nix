# a definition nobody needs is never evaluated (raw does not check it,
# apply ignores it)
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.raw; apply = _: "ignored"; };
  config.a = throw "never evaluated";
}
