# lib.generators: Nix values as configuration file formats (INI, key=value, Lua, plist,
# Dhall, JSON, YAML) and as readable Nix. Written for ncc after nixpkgs lib 25.11.
lib:
let
  b = builtins;
  inherit (b) isInt isFloat isString isList isAttrs isBool isPath concatStringsSep attrNames
    replaceStrings toJSON;
  inherit (lib.attrsets) mapAttrsToList isDerivation;
  inherit (lib.strings) escape escapeNixIdentifier;
  isFunction = lib.trivial.isFunction;
  # Without string contexts to carry, an error context only adds to a trace.
  addErrorContext = b.addErrorContext or (_: x: x);
  concatStrings = concatStringsSep "";

  mkValueStringDefault = { }: v:
    let unsupported = what: x: b.abort ("generators.mkValueStringDefault: " + "${what} not supported: ${toPretty { } x}"); in
    if isInt v then toString v
    else if isDerivation v then toString v
    else if isString v then v
    else if v == true then "true"
    else if v == false then "false"
    else if v == null then "null"
    else if isList v then unsupported "lists" v
    else if isAttrs v then unsupported "attrsets" v
    else if isFunction v then unsupported "functions" v
    else if isFloat v then lib.strings.floatToString v
    else unsupported "this value is" (toString v);

  mkKeyValueDefault = { mkValueString ? mkValueStringDefault { } }: sep: k: v:
    "${escape [ sep ] k}${sep}${mkValueString v}";

  toKeyValue = { mkKeyValue ? mkKeyValueDefault { } "=", listsAsDuplicateKeys ? false, indent ? "" }:
    let
      line = k: v: indent + mkKeyValue k v + "\n";
      lines = k: v: if listsAsDuplicateKeys then map (line k) (lib.lists.toList v) else [ (line k v) ];
    in
    attrs: concatStrings (b.concatLists (mapAttrsToList lines attrs));

  toINI = { mkSectionName ? (name: escape [ "[" "]" ] name), mkKeyValue ? mkKeyValueDefault { } "=", listsAsDuplicateKeys ? false }:
    sections:
    concatStringsSep "\n" (mapAttrsToList (name: values:
      "[${mkSectionName name}]\n" + toKeyValue { inherit mkKeyValue listsAsDuplicateKeys; } values) sections);

  toPretty = { allowPrettyValues ? false, multiline ? true, indent ? "" }:
    let
      go = indent: v:
        let
          open = if multiline then "\n${indent}  " else " ";
          close = if multiline then "\n${indent}" else " ";
        in
        if isInt v then toString v
        else if isFloat v then toJSON v
        else if isString v then
          let
            lines = b.filter (x: !isList x) (b.split "\n" v);
            single = "\"" + concatStringsSep "\\n" (map (escape [ "\\" "\"" "\${" ]) lines) + "\"";
            escaped = map (replaceStrings [ "\${" "''" ] [ "''\${" "'''" ]) lines;
            last = lib.lists.last escaped;
            multi = "''" + open + concatStringsSep open (lib.lists.init escaped)
              + (if last == "" then close else open + last) + "''";
          in
          if multiline && b.length lines > 1 then multi else single
        else if v == true then "true"
        else if v == false then "false"
        else if v == null then "null"
        else if isPath v then toString v
        else if isList v then
          if v == [ ] then "[ ]" else "[" + open + concatStringsSep open (map (go (indent + "  ")) v) + close + "]"
        else if isFunction v then
          let
            args = lib.trivial.functionArgs v;
            shown = concatStringsSep ", " (mapAttrsToList (name: optional: if optional then name + "?" else name) args);
          in
          if args == { } then "<function>" else "<function, args: {${shown}}>"
        else if isAttrs v then
          if allowPrettyValues && v ? __pretty && v ? val then v.__pretty v.val
          else if v == { } then "{ }"
          else if v ? type && v.type == "derivation" then "<derivation ${v.name or "???"}>"
          else "{" + open
            + concatStringsSep open (mapAttrsToList (name: value:
                "${escapeNixIdentifier name} = ${addErrorContext "while evaluating an attribute `${name}`" (go (indent + "  ") value)};") v)
            + close + "}"
        else b.abort "generators.toPretty: should never happen (v = ${v})";
    in
    go indent;

  toPlist = { escape ? false }: v:
    let
      text = if escape then lib.strings.escapeXML else x: x;
      node = ind: x:
        if x == null then ""
        else if isBool x then ind + (if x then "<true/>" else "<false/>")
        else if isInt x then ind + "<integer>${toString x}</integer>"
        else if isString x then ind + "<string>${text x}</string>"
        else if isList x then concatStringsSep "\n" [ (ind + "<array>") (concatStringsSep "\n" (map (node "\t${ind}") x)) (ind + "</array>") ]
        else if isAttrs x then concatStringsSep "\n" [ (ind + "<dict>") (entries ind x) (ind + "</dict>") ]
        else if isPath x then ind + "<string>${text (toString x)}</string>"
        else if isFloat x then ind + "<real>${toString x}</real>"
        else b.abort "generators.toPlist: should never happen (v = ${x})";
      entries = ind: x:
        concatStringsSep "\n" (b.concatLists (mapAttrsToList (name: value:
          if name != "_module" && value != null then [ "\t${ind}<key>${text name}</key>" (node "\t${ind}" value) ] else [ ]) x));
    in
    lib.trivial.warnIf (!escape && lib.trivial.oldestSupportedReleaseIsAtLeast 2505)
      "Using `lib.generators.toPlist` without `escape = true` is deprecated"
      ''
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE plist PUBLIC "-//Apple Computer//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
        <plist version="1.0">
        ${node "" v}
        </plist>'';

  toDhall = { }@args: v:
    let items = concatStringsSep ", "; in
    if isAttrs v then "{ ${items (mapAttrsToList (k: x: "${k} = ${toDhall args x}") v)} }"
    else if isList v then "[ ${items (map (toDhall args) v)} ]"
    else if isInt v then "${if v < 0 then "" else "+"}${toString v}"
    else if isBool v then (if v then "True" else "False")
    else if isFunction v then b.abort "generators.toDhall: cannot convert a function to Dhall"
    else if v == null then b.abort "generators.toDhall: cannot convert a null to Dhall"
    else toJSON v;

  toLua = { multiline ? true, indent ? "", asBindings ? false }@args: v:
    let
      inner = "${indent}  ";
      open = if multiline then "\n${inner}" else " ";
      close = if multiline then "\n${indent}" else " ";
      innerArgs = args // { indent = if asBindings then indent else inner; asBindings = false; };
      items = concatStringsSep ",${open}";
      badNames = b.filter (n: b.match "[[:alpha:]_][[:alnum:]_]*(\\.[[:alpha:]_][[:alnum:]_]*)*" n == null) (attrNames v);
    in
    if asBindings then
      assert lib.asserts.assertMsg (badNames == [ ]) "Bad Lua var names: ${toPretty { } badNames}";
      concatStrings (mapAttrsToList (k: x: "${indent}${k} = ${toLua innerArgs x}\n") v)
    else if v == null then "nil"
    else if isInt v || isFloat v || isString v || isBool v then toJSON v
    else if isPath v || isDerivation v then toJSON "${v}"
    else if isList v then (if v == [ ] then "{}" else "{${open}${items (map (toLua innerArgs) v)}${close}}")
    else if isAttrs v then
      (if (v._type or null) == "lua-inline" then "(${v.expr})"
       else if v == { } then "{}"
       else "{${open}${items (mapAttrsToList (k: x: "[${toJSON k}] = ${toLua innerArgs x}") v)}${close}}")
    else b.abort "generators.toLua: type ${b.typeOf v} is unsupported";

  withRecursion = { depthLimit, throwOnDepthLimit ? true }:
    assert isInt depthLimit;
    let
      special = [ "__functor" "__functionArgs" "__toString" "__pretty" ];
      guard = depth:
        if depthLimit != null && depth > depthLimit then
          (if throwOnDepthLimit
           then b.throw "Exceeded maximum eval-depth limit of ${toString depthLimit} while trying to evaluate with `generators.withRecursion'!"
           else _: "<unevaluated>")
        else x: x;
      walk = depth: v:
        let next = x: walk (depth + 1) (guard (depth + 1) x); in
        if isAttrs v then b.mapAttrs (name: if b.elem name special then x: x else next) v
        else if isList v then map next v
        else guard (depth + 1) v;
    in
    walk 0;

  toGitINI = attrs:
    let
      sectionName = name:
        let parts = lib.strings.splitString "." name; in
        if lib.strings.hasInfix "\"" name || b.tail parts == [ ] then name
        else "${b.head parts} \"${concatStringsSep "." (b.tail parts)}\"";
      valueString = v:
        mkValueStringDefault { } (if isString v
          then "\"${replaceStrings [ "\n" "\t" "\"" "\\" ] [ "\\n" "\\t" "\\\"" "\\\\" ] v}\"" else v);
      keyValue = k: v:
        concatStringsSep "\n" (map (x: "\t" + mkKeyValueDefault { mkValueString = valueString; } " = " k x) (lib.lists.toList v));
      flatten = path: value:
        if isAttrs value && !isDerivation value then mapAttrsToList (n: flatten ([ n ] ++ path)) value
        else if b.length path > 1 then { ${concatStringsSep "." (lib.lists.reverseList (b.tail path))}.${b.head path} = value; }
        else { ${b.head path} = value; };
    in
    toINI { mkKeyValue = keyValue; mkSectionName = sectionName; }
      (lib.lists.foldl lib.attrsets.recursiveUpdate { } (lib.lists.flatten (flatten [ ] attrs)));

  mkDconfKeyValue = mkKeyValueDefault { mkValueString = v: toString (lib.gvariant.mkValue v); } "=";
in
{
  inherit mkValueStringDefault mkKeyValueDefault toKeyValue toINI toPretty toPlist toDhall toLua
    withRecursion toGitINI mkDconfKeyValue;
  toINIWithGlobalSection = { mkSectionName ? (name: escape [ "[" "]" ] name), mkKeyValue ? mkKeyValueDefault { } "=", listsAsDuplicateKeys ? false }:
    { globalSection, sections ? { } }:
    (if globalSection == { } then "" else toKeyValue { inherit mkKeyValue listsAsDuplicateKeys; } globalSection + "\n")
    + toINI { inherit mkSectionName mkKeyValue listsAsDuplicateKeys; } sections;
  toDconfINI = toINI { mkKeyValue = mkDconfKeyValue; };
  mkLuaInline = expr: { _type = "lua-inline"; inherit expr; };
  toJSON = { }: toJSON;
  toYAML = { }: toJSON;
}
