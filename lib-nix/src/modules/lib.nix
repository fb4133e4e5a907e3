# The `lib` that ncc gives modules: the mk* functions, option types and the helpers
# NixOS configurations use. Written for ncc; types are descriptors whose checking and
# merging the Rust module system performs (see types.rs).
let
  b = builtins;

  mkType = attrs: { _type = "option-type"; } // attrs;

  # How a type reads inside another type's description (nixpkgs' optionDescriptionPhrase).
  phrase = unparenthesize: t:
    if unparenthesize (t.descriptionClass or null) then t.description else "(${t.description})";

  foldl' = b.foldl';
  id = x: x;
  const = x: _: x;
  flip = f: a: c: f c a;
  toList = x: if b.isList x then x else [ x ];
  optional = cond: elem: if cond then [ elem ] else [ ];
  optionals = cond: elems: if cond then elems else [ ];
  optionalString = cond: s: if cond then s else "";
  optionalAttrs = cond: as: if cond then as else { };
  concatMapStrings = f: list: b.concatStringsSep "" (map f list);
  concatMapStringsSep = sep: f: list: b.concatStringsSep sep (map f list);
  concatStrings = b.concatStringsSep "";
  concatLines = list: concatMapStrings (s: s + "\n") list;
  imap0 = f: list: b.genList (n: f n (b.elemAt list n)) (b.length list);
  imap1 = f: list: b.genList (n: f (n + 1) (b.elemAt list n)) (b.length list);
  range = first: last: if first > last then [ ] else b.genList (n: first + n) (last - first + 1);
  flatten = x: if b.isList x then b.concatMap flatten x else [ x ];
  unique = foldl' (acc: e: if b.elem e acc then acc else acc ++ [ e ]) [ ];
  last = list: b.elemAt list (b.length list - 1);
  init = list: b.genList (b.elemAt list) (b.length list - 1);
  take = count: list: b.genList (b.elemAt list) (if count < b.length list then count else b.length list);
  drop = count: list: let n = b.length list - count; in b.genList (i: b.elemAt list (i + count)) (if n < 0 then 0 else n);
  reverseList = list: let l = b.length list; in b.genList (n: b.elemAt list (l - n - 1)) l;
  count = pred: foldl' (c: x: if pred x then c + 1 else c) 0;
  findFirst = pred: default: list: let found = b.filter pred list; in if found == [ ] then default else b.head found;
  foldr = op: nul: list: let len = b.length list; fold' = n: if n == len then nul else op (b.elemAt list n) (fold' (n + 1)); in fold' 0;
  fold = foldr;
  zipListsWith = f: fst: snd: b.genList (n: f (b.elemAt fst n) (b.elemAt snd n)) (if b.length fst < b.length snd then b.length fst else b.length snd);
  nameValuePair = name: value: { inherit name value; };
  mapAttrs' = f: set: b.listToAttrs (map (attr: f attr set.${attr}) (b.attrNames set));
  mapAttrsToList = f: attrs: map (name: f name attrs.${name}) (b.attrNames attrs);
  attrsToList = mapAttrsToList nameValuePair;
  filterAttrs = pred: set: b.listToAttrs (b.concatMap (name: let v = set.${name}; in if pred name v then [ (nameValuePair name v) ] else [ ]) (b.attrNames set));
  genAttrs = names: f: b.listToAttrs (map (n: nameValuePair n (f n)) names);
  recursiveUpdateUntil = pred: lhs: rhs:
    let f = attrPath: b.zipAttrsWith (n: values:
      let here = attrPath ++ [ n ]; in
      if b.length values == 1 || pred here (b.elemAt values 1) (b.head values)
      then b.head values else f here values);
    in f [ ] [ rhs lhs ];
  recursiveUpdate = recursiveUpdateUntil (path: lhs: rhs: !(b.isAttrs lhs && b.isAttrs rhs));
  attrByPath = attrPath: default: e:
    if attrPath == [ ] then e
    else let attr = b.head attrPath; in
      if e ? ${attr} then attrByPath (b.tail attrPath) default e.${attr} else default;
  hasAttrByPath = attrPath: e: attrByPath attrPath null e != null || (attrPath == [ ]);
  getAttrFromPath = attrPath: set: attrByPath attrPath (b.throw "cannot find attribute `${b.concatStringsSep "." attrPath}'") set;
  setAttrByPath = attrPath: value:
    if attrPath == [ ] then value else { ${b.head attrPath} = setAttrByPath (b.tail attrPath) value; };
  collect = pred: v: if pred v then [ v ] else if b.isAttrs v then b.concatMap (collect pred) (b.attrValues v) else [ ];
  mapAttrsRecursive = f: set:
    let recurse = path: set: b.mapAttrs (name: value: if b.isAttrs value then recurse (path ++ [ name ]) value else f (path ++ [ name ]) value) set;
    in recurse [ ] set;
  zipAttrs = b.zipAttrsWith (name: values: values);
  hasPrefix = pref: str: b.substring 0 (b.stringLength pref) str == pref;
  hasSuffix = suffix: content:
    let lenContent = b.stringLength content; lenSuffix = b.stringLength suffix;
    in lenContent >= lenSuffix && b.substring (lenContent - lenSuffix) lenContent content == suffix;
  hasInfix = infix: content: b.match ".*${escapeRegex infix}.*" "${content}" != null;
  escapeRegex = s: b.replaceStrings [ "\\" "[" "]" "{" "}" "(" ")" "^" "$" "*" "+" "?" "." "|" ] [ "\\\\" "\\[" "\\]" "\\{" "\\}" "\\(" "\\)" "\\^" "\\$" "\\*" "\\+" "\\?" "\\." "\\|" ] s;
  removePrefix = prefix: str: if hasPrefix prefix str then b.substring (b.stringLength prefix) (-1) str else str;
  removeSuffix = suffix: str: if hasSuffix suffix str then b.substring 0 (b.stringLength str - b.stringLength suffix) str else str;
  splitString = sep: s: b.filter b.isString (b.split (escapeRegex sep) s);
  lowerChars = b.genList (n: b.substring n 1 "abcdefghijklmnopqrstuvwxyz") 26;
  upperChars = b.genList (n: b.substring n 1 "ABCDEFGHIJKLMNOPQRSTUVWXYZ") 26;
  toLower = b.replaceStrings upperChars lowerChars;
  toUpper = b.replaceStrings lowerChars upperChars;
  stringToCharacters = s: b.genList (p: b.substring p 1 s) (b.stringLength s);
  fixedWidthString = width: filler: str:
    let strw = b.stringLength str; in
    if strw >= width then str else fixedWidthString width filler (filler + str);
  fixedWidthNumber = width: n: fixedWidthString width "0" (b.toString n);
  intersperse = separator: list: if list == [ ] || b.length list == 1 then list else b.tail (b.concatMap (x: [ separator x ]) list);
  versionOlder = v1: v2: b.compareVersions v2 v1 == 1;
  versionAtLeast = v1: v2: !versionOlder v1 v2;
  boolToString = c: if c then "true" else "false";
  mod = base: int: base - (int * (b.div base int));
  max = x: y: if x > y then x else y;
  min = x: y: if x < y then x else y;
  isStringLike = x: b.isString x || b.isPath x || x ? outPath || x ? __toString;
  escapeShellArg = arg: "'${b.replaceStrings [ "'" ] [ "'\\''" ] (b.toString arg)}'";
  escapeShellArgs = concatMapStringsSep " " escapeShellArg;
  isType = type: x: (x._type or "") == type;
  warn = msg: b.trace "warning: ${msg}";
  warnIf = cond: msg: if cond then warn msg else id;
  throwIf = cond: msg: if cond then b.throw msg else id;
  throwIfNot = cond: msg: if cond then id else b.throw msg;
  literalExpression = text: { _type = "literalExpression"; inherit text; };
  literalMD = text: { _type = "literalMD"; inherit text; };
  mdDoc = id;

  # Properties: what the module system discharges.
  mkIf = condition: content: { _type = "if"; inherit condition content; };
  mkMerge = contents: { _type = "merge"; inherit contents; };
  mkOverride = priority: content: { _type = "override"; inherit priority content; };
  mkOptionDefault = mkOverride 1500;
  mkDefault = mkOverride 1000;
  mkImageMediaOverride = mkOverride 60;
  mkForce = mkOverride 50;
  mkVMOverride = mkOverride 10;
  mkOrder = priority: content: { _type = "order"; inherit priority content; };
  mkBefore = mkOrder 500;
  mkAfter = mkOrder 1500;
  defaultOrderPriority = 1000;
  defaultOverridePriority = 100;
  mkAliasDefinitions = option: mkIf (option.isDefined or false) (option.value or null);

  mkOption = { default ? null, defaultText ? null, example ? null, description ? null, relatedPackages ? null, type ? null, apply ? null, internal ? null, visible ? null, readOnly ? null } @ attrs:
    attrs // { _type = "option"; };
  mkEnableOption = name: mkOption {
    default = false;
    example = true;
    description = "Whether to enable ${name}.";
    type = types.bool;
  };
  mkPackageOption = pkgs: name: extra: mkOption {
    type = types.package;
    description = "The ${if b.isList name then b.concatStringsSep "." name else name} package to use.";
    default = if b.isList name then attrByPath name null pkgs else pkgs.${name} or null;
  };
  mkSinkUndeclaredOptions = attrs: mkOption ({ internal = true; visible = false; default = false; type = types.anything; } // attrs);

  types = rec {
    # Plain types. `name` is what the Rust side dispatches on.
    bool = mkType { name = "bool"; description = "boolean"; descriptionClass = "noun"; };
    str = mkType { name = "str"; description = "string"; descriptionClass = "noun"; };
    string = str;
    lines = mkType { name = "lines"; description = "strings concatenated with \"\\n\""; descriptionClass = "conjunction"; };
    commas = mkType { name = "commas"; description = "strings concatenated with \",\""; descriptionClass = "conjunction"; };
    envVar = mkType { name = "envVar"; description = "strings concatenated with \":\""; descriptionClass = "conjunction"; };
    nonEmptyStr = mkType { name = "nonEmptyStr"; description = "non-empty string"; descriptionClass = "noun"; };
    singleLineStr = mkType { name = "singleLineStr"; description = "(optionally newline-terminated) single-line string"; descriptionClass = "noun"; };
    separatedString = sep: mkType { name = "separatedString"; inherit sep; description = if sep == "" then "Concatenated string" else "strings concatenated with ${b.toJSON sep}"; descriptionClass = "noun"; };
    int = mkType { name = "int"; description = "signed integer"; descriptionClass = "noun"; };
    float = mkType { name = "float"; description = "floating point number"; descriptionClass = "noun"; };
    number = mkType { name = "number"; description = "signed integer or floating point number"; descriptionClass = "noun"; };
    path = mkType { name = "path"; description = "absolute path"; descriptionClass = "noun"; };
    pathInStore = mkType { name = "path"; description = "path in the Nix store"; descriptionClass = "noun"; };
    package = mkType { name = "package"; description = "package"; descriptionClass = "noun"; };
    anything = mkType { name = "anything"; description = "anything"; descriptionClass = "noun"; };
    raw = mkType { name = "raw"; description = "raw value"; descriptionClass = "noun"; };
    unspecified = mkType { name = "unspecified"; description = "unspecified value"; descriptionClass = "noun"; };
    attrs = mkType { name = "attrs"; description = "attribute set"; descriptionClass = "noun"; };
    deferredModule = mkType { name = "deferredModule"; description = "module"; descriptionClass = "noun"; };
    ints = rec {
      between = lowest: highest: mkType { name = "intBetween"; lower = lowest; upper = highest; description = "integer between ${b.toString lowest} and ${b.toString highest} (both inclusive)"; descriptionClass = "noun"; };
      sign = bit: range: mkType { name = "intBetween"; lower = range.lower; upper = range.upper; description = "${b.toString bit} bit ${range.sign} integer; between ${b.toString range.lower} and ${b.toString range.upper} (both inclusive)"; descriptionClass = "noun"; };
      unsign = bit: upper: sign bit { lower = 0; inherit upper; sign = "unsigned"; };
      signed = bit: lower: upper: sign bit { inherit lower upper; sign = "signed"; };
      u8 = unsign 8 255;
      u16 = unsign 16 65535;
      u32 = unsign 32 4294967295;
      s8 = signed 8 (-128) 127;
      s16 = signed 16 (-32768) 32767;
      s32 = signed 32 (-2147483648) 2147483647;
      unsigned = mkType { name = "intBetween"; lower = 0; upper = 9223372036854775807; description = "unsigned integer, meaning >=0"; descriptionClass = "noun"; };
      positive = mkType { name = "intBetween"; lower = 1; upper = 9223372036854775807; description = "positive integer, meaning >0"; descriptionClass = "noun"; };
    };
    port = ints.u16;
    enum = values: mkType {
      name = "enum"; inherit values;
      description = if values == [ ] then "impossible (empty enum)"
        else if b.length values == 1 then "value ${showValue (b.head values)} (singular enum)"
        else "one of ${b.concatStringsSep ", " (map showValue values)}";
      descriptionClass = if b.length values < 2 then "noun" else "conjunction";
    };
    strMatching = pattern: mkType { name = "strMatching"; inherit pattern; description = "string matching the pattern ${pattern}"; descriptionClass = "noun"; };
    nullOr = elemType: mkType {
      name = "nullOr"; inherit elemType;
      description = "null or ${phrase (c: c == "noun" || c == "conjunction") elemType}";
      descriptionClass = "conjunction";
    };
    listOf = elemType: mkType {
      name = "listOf"; inherit elemType;
      description = "list of ${phrase (c: c == "noun" || c == "composite") elemType}";
      descriptionClass = "composite";
    };
    nonEmptyListOf = elemType: listOf elemType // { name = "nonEmptyListOf"; description = "non-empty ${(listOf elemType).description}"; };
    attrsOf = elemType: mkType {
      name = "attrsOf"; inherit elemType; lazy = false;
      description = "attribute set of ${phrase (c: c == "noun" || c == "composite") elemType}";
      descriptionClass = "composite";
    };
    lazyAttrsOf = elemType: attrsOf elemType // { lazy = true; description = "lazy attribute set of ${phrase (c: c == "noun" || c == "composite") elemType}"; };
    attrsWith = { elemType, lazy ? false, placeholder ? "name" }: (if lazy then lazyAttrsOf else attrsOf) elemType;
    uniq = elemType: elemType // { name = "uniq"; inherit elemType; };
    unique = { message }: elemType: elemType // { name = "uniq"; inherit elemType message; };
    either = t1: t2: mkType {
      name = "either"; inherit t1 t2;
      description = "${phrase (c: c == "noun" || c == "conjunction") t1} or ${phrase (c: c == "noun" || c == "conjunction" || c == "composite") t2}";
      descriptionClass = "conjunction";
    };
    oneOf = ts: let head' = b.head ts; tail' = b.tail ts; in foldl' either head' tail';
    coercedTo = coercedType: coerceFunc: finalType: finalType // {
      name = "coercedTo"; inherit coercedType coerceFunc finalType;
      description = "${phrase (c: c == "noun") finalType} or ${phrase (c: c == "noun") coercedType} convertible to it";
    };
    functionTo = elemType: mkType { name = "functionTo"; inherit elemType; description = "function that evaluates to a(n) ${phrase (c: c == "noun" || c == "composite") elemType}"; descriptionClass = "composite"; };
    submoduleWith = { modules, specialArgs ? { }, shorthandOnlyDefinesConfig ? false, description ? null, class ? null }: mkType {
      name = "submodule"; inherit modules specialArgs shorthandOnlyDefinesConfig;
      description = if description != null then description else "submodule";
    };
    submodule = modules: submoduleWith { shorthandOnlyDefinesConfig = true; modules = toList modules; };
    optionType = mkType { name = "optionType"; description = "optionType"; descriptionClass = "noun"; };
  };

  showValue = v: if b.isString v then b.toJSON v else if b.isInt v then b.toString v else if v == null then "null" else if v == true then "true" else if v == false then "false" else "<value>";

  mkOptionType = { name, description ? null, descriptionClass ? null, check ? (x: true), merge ? null, emptyValue ? { }, getSubOptions ? null, getSubModules ? null, substSubModules ? null, typeMerge ? null, functor ? null, deprecationMessage ? null, nestedTypes ? { } }:
    mkType { name = "custom"; customName = name; description = if description == null then name else description; inherit check merge descriptionClass; };

  showOption = parts: b.concatStringsSep "." parts;
  singleton = x: [ x ];

  # What the Rust module system needs from Nix: the internal `_module.args` option, and a
  # way to make the constant functions option values carry as `__toString`.
  _nccInternal = {
    moduleArgsModule = {
      options._module.args = mkOption { type = types.lazyAttrsOf types.raw; default = { }; internal = true; };
    };
    constant = value: _: value;
  };

  self = {
    inherit id const flip toList optional optionals optionalString optionalAttrs concatMapStrings
      concatMapStringsSep concatStrings concatLines imap0 imap1 range flatten unique last init take drop
      reverseList count findFirst foldr fold zipListsWith nameValuePair mapAttrs' mapAttrsToList attrsToList
      filterAttrs genAttrs recursiveUpdateUntil recursiveUpdate attrByPath hasAttrByPath getAttrFromPath
      setAttrByPath collect mapAttrsRecursive zipAttrs hasPrefix hasSuffix hasInfix escapeRegex removePrefix
      removeSuffix splitString toLower toUpper stringToCharacters fixedWidthString fixedWidthNumber
      intersperse versionOlder versionAtLeast boolToString mod max min isStringLike escapeShellArg
      escapeShellArgs isType warn warnIf throwIf throwIfNot literalExpression literalMD mdDoc mkIf mkMerge
      mkOverride mkOptionDefault mkDefault mkImageMediaOverride mkForce mkVMOverride mkOrder mkBefore
      mkAfter defaultOrderPriority defaultOverridePriority mkAliasDefinitions mkOption mkEnableOption
      mkPackageOption mkSinkUndeclaredOptions types mkOptionType showOption foldl' singleton _nccInternal;
    inherit (b) map filter elem elemAt head tail length attrNames attrValues concatLists concatMap
      concatStringsSep listToAttrs mapAttrs hasAttr getAttr isAttrs isList isString isInt isBool
      isFunction isFloat isPath toJSON fromJSON genList sort replaceStrings substring stringLength match
      split splitVersion compareVersions seq deepSeq tryEval typeOf zipAttrsWith partition groupBy
      removeAttrs intersectAttrs catAttrs all any readFile pathExists functionArgs;
    toString = b.toString;
    fix = f: let x = f x; in x;
    trivial = { inherit id const flip boolToString mod max min warn warnIf throwIf throwIfNot versionOlder versionAtLeast; inherit (b) seq deepSeq; };
    lists = { inherit singleton toList optional optionals imap0 imap1 range flatten unique last init take drop reverseList count findFirst foldr fold zipListsWith intersperse foldl'; inherit (b) map filter elem elemAt head tail length concatLists concatMap genList sort partition groupBy all any; };
    strings = { inherit optionalString concatMapStrings concatMapStringsSep concatStrings concatLines hasPrefix hasSuffix hasInfix escapeRegex removePrefix removeSuffix splitString toLower toUpper stringToCharacters fixedWidthString fixedWidthNumber versionOlder versionAtLeast isStringLike escapeShellArg escapeShellArgs; inherit (b) concatStringsSep replaceStrings substring stringLength match split; toString = b.toString; };
    attrsets = { inherit optionalAttrs nameValuePair mapAttrs' mapAttrsToList attrsToList filterAttrs genAttrs recursiveUpdateUntil recursiveUpdate attrByPath hasAttrByPath getAttrFromPath setAttrByPath collect mapAttrsRecursive zipAttrs; inherit (b) attrNames attrValues listToAttrs mapAttrs hasAttr getAttr removeAttrs intersectAttrs catAttrs zipAttrsWith; };
    options = { inherit mkOption mkEnableOption mkPackageOption mkSinkUndeclaredOptions literalExpression literalMD showOption; };
    modules = { inherit mkIf mkMerge mkOverride mkOptionDefault mkDefault mkImageMediaOverride mkForce mkVMOverride mkOrder mkBefore mkAfter defaultOrderPriority defaultOverridePriority mkAliasDefinitions; };
    versions = { majorMinor = v: b.concatStringsSep "." (take 2 (b.splitVersion v)); major = v: b.head (b.splitVersion v); minor = v: b.elemAt (b.splitVersion v) 1; };
  };
in
self
