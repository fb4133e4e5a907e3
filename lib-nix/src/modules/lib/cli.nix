# lib.cli: attribute sets as GNU-style command lines. Written for ncc after nixpkgs lib 25.11.
lib:
let
  b = builtins;
  toGNUCommandLine =
    { mkOptionName ? k: if b.stringLength k == 1 then "-${k}" else "--${k}"
    , mkBool ? k: v: if v then [ (mkOptionName k) ] else [ ]
    , mkList ? k: v: b.concatMap (mkOption k) v
    , mkOption ? k: v:
        let value = lib.generators.mkValueStringDefault { } v; in
        if v == null then [ ]
        else if optionValueSeparator == null then [ (mkOptionName k) value ]
        else [ "${mkOptionName k}${optionValueSeparator}${value}" ]
    , optionValueSeparator ? null
    }:
    options:
    b.concatLists (lib.attrsets.mapAttrsToList (k: v:
      if b.isBool v then mkBool k v else if b.isList v then mkList k v else mkOption k v) options);
in
{
  inherit toGNUCommandLine;
  toGNUCommandLineShell = options: attrs: lib.strings.escapeShellArgs (toGNUCommandLine options attrs);
}
