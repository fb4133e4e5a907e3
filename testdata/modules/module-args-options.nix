# `options` is the merged option tree; an option prints as its name
{ lib, options, ... }:
{
  options.a = lib.mkOption { type = lib.types.ints.u8; description = "A."; default = 1; };
  options.b.c = lib.mkOption { type = lib.types.str; default = "d"; };
  options.report = lib.mkOption { type = lib.types.attrsOf lib.types.str; };
  config.report = {
    name = "${options.b.c}";
    type = options.a.type.description;
    aDefined = lib.boolToString options.a.isDefined;
    cDefined = lib.boolToString options.b.c.isDefined;
    cHasDefault = lib.boolToString (options.b.c ? default);
  };
}
