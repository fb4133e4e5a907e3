# `pkgs.formats`, written for ncc after nixpkgs 25.11's pkgs/pkgs-lib/formats.nix: each
# format is a function of its parameters giving `{ type; generate; lib?; }`. `type` is the
# option type NixOS checks `settings`-style options with; `generate name value` builds a
# file, which ncc does not: it gives an opaque store path (a `pkgs` placeholder). Formats
# whose value type ncc does not carry accept anything (no false error).
{ lib, pkgs }:
let
  inherit (lib) mapAttrs;
  inherit (lib.types)
    attrsOf anything bool coercedTo either float int listOf luaInline nonEmptyListOf nullOr
    oneOf path str submodule;

  # What `generate` gives: a store path ncc does not build.
  opaqueFile = format: name: value: pkgs.${"formats-" + format};

  # A recursive value type over the JSON-like atoms, described as nixpkgs describes it.
  valueType = { nullable ? true, withPath ? true, extra ? [ ], description }:
    let
      atoms = [ bool int float str ] ++ lib.optional withPath path ++ extra;
      inner = oneOf (atoms ++ [ (attrsOf self) (listOf self) ]);
      self = (if nullable then nullOr inner else inner) // { inherit description; };
    in
    self;

  jsonLike = format: description: { }: {
    type = valueType { inherit description; };
    generate = opaqueFile format;
  };

  singleAtom = description: nullOr (oneOf [ bool int float str ]) // { inherit description; };

  # The ini atom: a single value, or (for duplicate keys / a list-to-value function) a list.
  iniAtom = { listsAsDuplicateKeys, listToValue, atomsCoercedToLists }:
    let
      single = singleAtom "INI atom (null, bool, int, float or string)";
      orList = if atomsCoercedToLists then coercedTo single lib.singleton else either single;
    in
    if listsAsDuplicateKeys then
      orList (listOf single) // { description = single.description + " or a list of them for duplicate keys"; }
    else if listToValue != null then
      orList (nonEmptyListOf single) // { description = single.description + " or a non-empty list of them"; }
    else
      single;

  iniSection = atom: attrsOf atom // {
    description = "section of an INI file (attrs of " + atom.description + ")";
  };

  iniArgs = { listsAsDuplicateKeys ? false, listToValue ? null, atomsCoercedToLists ? null, ... }:
    assert listsAsDuplicateKeys -> listToValue == null;
    assert atomsCoercedToLists != null -> (listsAsDuplicateKeys || listToValue != null);
    iniAtom {
      inherit listsAsDuplicateKeys listToValue;
      atomsCoercedToLists = if atomsCoercedToLists == null then false else atomsCoercedToLists;
    };

  # A format ncc knows by name only: its value type is not carried here.
  unknown = format: _: {
    type = anything;
    generate = opaqueFile format;
    lib = { };
  };
in
rec {
  json = jsonLike "json" "JSON value";
  yaml = yaml_1_1;
  yaml_1_1 = jsonLike "yaml_1_1" "YAML 1.1 value";
  yaml_1_2 = jsonLike "yaml_1_2" "YAML 1.2 value";
  cdn = jsonLike "cdn" "CDN value";
  toml = { }: {
    type = valueType { nullable = false; description = "TOML value"; };
    generate = opaqueFile "toml";
  };

  ini = args: let atom = iniArgs args; in {
    type = attrsOf (iniSection atom);
    lib.types.atom = atom;
    generate = opaqueFile "ini";
  };

  iniWithGlobalSection = args: let atom = iniArgs args; in {
    type = submodule {
      options = {
        sections = lib.mkOption rec {
          type = attrsOf (iniSection atom);
          default = { };
          description = type.description;
        };
        globalSection = lib.mkOption rec {
          type = iniSection atom;
          default = { };
          description = "global " + type.description;
        };
      };
    };
    lib.types.atom = atom;
    generate = opaqueFile "iniWithGlobalSection";
  };

  gitIni = { listsAsDuplicateKeys ? false, ... }:
    let atom = iniAtom { inherit listsAsDuplicateKeys; listToValue = null; atomsCoercedToLists = false; };
    in {
      type = attrsOf (attrsOf (either atom (attrsOf atom)));
      lib.types.atom = atom;
      generate = opaqueFile "gitIni";
    };

  systemd = ini { listsAsDuplicateKeys = true; };

  keyValue = { listsAsDuplicateKeys ? false, listToValue ? null, ... }:
    assert listsAsDuplicateKeys -> listToValue == null;
    let
      single = singleAtom "atom (null, bool, int, float or string)";
      atom =
        if listsAsDuplicateKeys then
          coercedTo single lib.singleton (listOf single) // { description = single.description + " or a list of them for duplicate keys"; }
        else if listToValue != null then
          coercedTo single lib.singleton (nonEmptyListOf single) // { description = single.description + " or a non-empty list of them"; }
        else
          single;
    in {
      type = attrsOf atom;
      generate = opaqueFile "keyValue";
    };

  elixirConf = { elixir ? null }: {
    type = attrsOf (attrsOf (valueType { withPath = false; description = "Elixir value"; }));
    generate = opaqueFile "elixirConf";
  };

  lua = { asBindings ? false, multiline ? true, columnWidth ? 100, indentWidth ? 2, indentUsingTabs ? false }:
    let value = valueType { extra = [ luaInline ]; description = "lua value"; };
    in {
      type = if asBindings then attrsOf value else value;
      generate = opaqueFile "lua";
      lib.mkRaw = lib.mkLuaInline;
    };

  pythonVars = { }: {
    type = attrsOf (valueType { description = "Python value"; });
    lib.mkRaw = value: { inherit value; _type = "raw"; };
    generate = opaqueFile "pythonVars";
  };

  xml = { format ? "badgerfish", withHeader ? true }:
    if format == "badgerfish" then {
      type = valueType { description = "XML value"; };
      generate = opaqueFile "xml";
    } else throw "pkgs.formats.xml: Unknown format: ${format}";

  nixConf = { package, version, extraOptions ? "", checkAllErrors ? true, checkConfig ? true }:
    assert lib.versionAtLeast version "2.2";
    {
      type = attrsOf (nullOr (oneOf [ bool int float str path lib.types.package ]));
      generate = opaqueFile "nixConf";
    };

  javaProperties = unknown "javaProperties";
  libconfig = unknown "libconfig";
  hocon = unknown "hocon";
  php = unknown "php";
  kdl = unknown "kdl";
  plist = unknown "plist";
}
