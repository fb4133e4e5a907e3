# What nixpkgs lib 26.05 has that 25.11 has not, as an extension of ncc's lib (`lib.extend
# lib._nccRelease."26.05"`): what the compiler gives a flake whose nixpkgs is 26.05 or
# newer (project/flake.nix, `nixpkgsLibOf`). Written for ncc after the documented behaviour
# of nixpkgs lib 26.05; proved by testdata/lib-26.05. Names 26.05 dropped stay (code using
# one fails in Nix and passes here: a missed error, never a false one); names not carried
# here (`lib.flakes`, `lib.fileset.empty`, `lib.types.fileset`, `debug.throwTestFailures`)
# are unknown, as on any release other than 25.11.
final: prev:
let
  b = builtins;

  # Builtins lib 26.05 takes in under their own names, those ncc's evaluator has.
  builtinsNamed = names:
    b.listToAttrs (map (name: { inherit name; value = b.${name}; }) (b.filter (name: b ? ${name}) names));

  # Every leaf of a set as `f path value`, in attribute order, depth first; a set `pred
  # path set` refuses is a leaf itself.
  mapAttrsToListRecursiveCond = pred: f: set:
    let
      leaves = path: value:
        if b.isAttrs value && pred path value then within path value else [ (f path value) ];
      within = path: set: b.concatMap (name: leaves (path ++ [ name ]) set.${name}) (b.attrNames set);
    in
    within [ ] set;
  mapAttrsToListRecursive = mapAttrsToListRecursiveCond (_: _: true);

  concatAttrValues = set: b.concatLists (b.attrValues set);

  replaceElemAt = list: index: element:
    if index >= 0 && index < b.length list then
      b.genList (i: if i == index then element else b.elemAt list i) (b.length list)
    else
      throw "'lists.replaceElemAt' called with index ${toString index} on a list of size ${toString (b.length list)}";

  # The distinct strings of a list, sorted (the names of a set keyed by them).
  uniqueStrings = list: b.attrNames (b.groupBy (s: s) list);

  boolToYesNo = value: if value then "yes" else "no";

  join = b.concatStringsSep;

  # Six fields by cross-compilation platform pair.
  crossFields = [ "BuildBuild" "BuildHost" "BuildTarget" "HostHost" "HostTarget" "TargetTarget" ];
  lowerFirst = s: final.strings.toLower (b.substring 0 1 s) + b.substring 1 (-1) s;
  renameCrossIndexFrom = prefix: x:
    b.listToAttrs (map (field: { name = lowerFirst field; value = x.${prefix + field}; }) crossFields);
  renameCrossIndexTo = prefix: x:
    b.listToAttrs (map (field: { name = prefix + field; value = x.${lowerFirst field}; }) crossFields);
  mapCrossIndex = f: { buildBuild, buildHost, buildTarget, hostHost, hostTarget, targetTarget }: {
    buildBuild = f buildBuild;
    buildHost = f buildHost;
    buildTarget = f buildTarget;
    hostHost = f hostHost;
    hostTarget = f hostTarget;
    targetTarget = f targetTarget;
  };

  # A MAC address's EUI-64 interface identifier: its first two octets with the
  # universal/local bit flipped, `ff`, `fe` between its third and fourth, its last two.
  mkEUI64Suffix = mac:
    let
      hex = "([0-9A-Fa-f]{2})";
      sep = "[-:.]?";
      octets = b.match "^${hex}${sep}${hex}${sep}${hex}${sep}${hex}${sep}${hex}${sep}${hex}$" mac;
      o = b.elemAt octets;
    in
    if octets == null then throw ''"${mac}" is not a valid MAC address (expected 6 octets of hex digits)''
    else final.strings.toLower (b.concatStringsSep ":" [
      (final.trivial.toHexString (b.bitXor 512 (final.trivial.fromHexString (o 0 + o 1))))
      "${o 2}ff"
      "fe${o 3}"
      (o 4 + o 5)
    ]);

  # lib.cli's general form: each option as `optionFormat name` renders it.
  toCommandLine = optionFormat: attrs:
    let
      render = name: value:
        let
          format = optionFormat name;
          inherit (format) option sep explicitBool;
          formatArg = format.formatArg or (final.generators.mkValueStringDefault { });
        in
        if value == null || (!explicitBool && value == false) then [ ]
        else if !explicitBool && value == true then [ option ]
        else if sep == null then [ option (formatArg value) ]
        else [ "${option}${sep}${formatArg value}" ];
      pair = name: value:
        if name == "" then throw "lib.cli.toCommandLine only accepts non-empty option names."
        else if b.isList value then b.concatMap (render name) value
        else render name value;
    in
    b.concatLists (final.attrsets.mapAttrsToList pair attrs);
  toCommandLineGNU =
    { isLong ? name: b.stringLength name > 1
    , explicitBool ? false
    , formatArg ? final.generators.mkValueStringDefault { }
    }:
    toCommandLine (name: {
      option = if isLong name then "--${name}" else "-${name}";
      sep = if isLong name then "=" else "";
      inherit explicitBool formatArg;
    });
  toCommandLineShell = optionFormat: attrs: final.strings.escapeShellArgs (toCommandLine optionFormat attrs);
  toCommandLineShellGNU = options: attrs: final.strings.escapeShellArgs (toCommandLineGNU options attrs);

  literalCode = languageTag: text: final.options.literalMD "```${languageTag}\n${text}\n```\n";

  # JSON's and TOML's values as an option type: null (JSON only), a bool, number, string,
  # path, or a set or list of such.
  serializableValueWith = { typeName, nullable ? true }:
    let
      t = final.types;
      base = t.oneOf [ t.bool t.int t.float t.str t.path (t.attrsOf value) (t.listOf value) ];
      value = (if nullable then t.nullOr base else base) // { description = "${typeName} value"; };
    in
    value;

  topLevel = builtinsNamed [
    "addDrvOutputDependencies" "appendContext" "baseNameOf" "ceil" "compareVersions"
    "convertHash" "dirOf" "div" "filterSource" "floor" "fromJSON" "fromTOML" "getContext"
    "hasContext" "hashFile" "hashString" "mul" "parseDrvName" "placeholder" "readDir"
    "readFileType" "toFile" "toJSON" "toString" "toXML" "tryEval"
    "unsafeDiscardOutputDependency" "unsafeDiscardStringContext"
  ];
in
topLevel // {
  inherit mapAttrsToListRecursive mapAttrsToListRecursiveCond concatAttrValues replaceElemAt
    uniqueStrings boolToYesNo join mapCrossIndex renameCrossIndexFrom renameCrossIndexTo
    mkEUI64Suffix;

  attrsets = prev.attrsets // { inherit mapAttrsToListRecursive mapAttrsToListRecursiveCond; };
  lists = prev.lists // { inherit concatAttrValues replaceElemAt uniqueStrings; };
  strings = prev.strings // { inherit join; } // builtinsNamed [ "appendContext" ];
  trivial = prev.trivial // { inherit boolToYesNo; } // builtinsNamed [ "ceil" "div" "floor" "mul" ];
  versions = prev.versions // { inherit (b) compareVersions; };
  debug = prev.debug // builtinsNamed [ "addErrorContext" "trace" "unsafeGetAttrPos" ];
  filesystem = prev.filesystem
    // builtinsNamed [ "baseNameOf" "dirOf" "hashFile" "isPath" "readDir" "readFileType" ];
  customisation = prev.customisation // { inherit mapCrossIndex renameCrossIndexFrom renameCrossIndexTo; };
  meta = prev.meta // {
    cpeFullVersionWithVendor = vendor: version: { inherit vendor version; update = "*"; };
  };
  network = prev.network // { ipv6 = prev.network.ipv6 // { inherit mkEUI64Suffix; }; };
  cli = prev.cli // { inherit toCommandLine toCommandLineGNU toCommandLineShell toCommandLineShellGNU; };
  options = prev.options // { inherit literalCode; };
  types = prev.types // {
    inherit serializableValueWith;
    json = serializableValueWith { typeName = "JSON"; };
    toml = serializableValueWith { typeName = "TOML"; nullable = false; };
    externalPath = final.types.pathWith { absolute = true; inStore = false; };
    optionDeclaration = final.types.mkOptionType {
      name = "optionDeclaration";
      description = "option declaration";
      descriptionClass = "noun";
      check = opt: final.types.isType "option" opt && !(opt ? value);
    };
  };
}
