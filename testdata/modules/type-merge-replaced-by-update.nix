# `types.str // { merge = ...; }`: the type's own merge replaced, the name kept
{ lib, ... }:
{
  imports = [ { flags = "-a"; } { flags = "-b"; } ];
  options.flags = lib.mkOption {
    type = lib.types.str // {
      merge = loc: defs: lib.concatMapStringsSep " " (def: def.value) defs;
    };
  };
}
