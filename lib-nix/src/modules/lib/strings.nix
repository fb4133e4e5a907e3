# lib.strings: functions on strings. Written for ncc after the behaviour of nixpkgs lib 25.11.
lib:
let
  b = builtins;
  inherit (b) stringLength substring match replaceStrings concatStringsSep isString isPath
    head length elem typeOf;
  # ncc tracks no string contexts: there is none to discard.
  unsafeDiscardStringContext = b.unsafeDiscardStringContext or (s: s);

  warnIf = cond: msg: if cond then lib.trivial.warn msg else x: x;

  concatStrings = concatStringsSep "";
  concatMapStrings = f: list: concatStrings (map f list);
  concatMapStringsSep = sep: f: list: concatStringsSep sep (map f list);
  optionalString = cond: s: if cond then s else "";

  stringToCharacters = s: b.genList (i: substring i 1 s) (stringLength s);
  escape = chars: replaceStrings chars (map (c: "\\${c}") chars);
  escapeRegex = escape (stringToCharacters "\\[{()^$?*+|.");

  lowerChars = stringToCharacters "abcdefghijklmnopqrstuvwxyz";
  upperChars = stringToCharacters "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  toLower = replaceStrings upperChars lowerChars;
  toUpper = replaceStrings lowerChars upperChars;

  # The characters lib knows the codes of: tab, newline, carriage return and 32 to 126.
  printable = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
  asciiCodes = b.listToAttrs (
    [ { name = "\t"; value = 9; } { name = "\n"; value = 10; } { name = "\r"; value = 13; } ]
    ++ b.genList (i: { name = substring i 1 printable; value = 32 + i; }) (stringLength printable));
  charToInt = c: b.getAttr c asciiCodes;
  hex2 = n: fixedWidthString 2 "0" (lib.trivial.toHexString n);

  fixedWidthString = width: filler: s:
    let len = stringLength s; in
    assert lib.assertMsg (len <= width)
      "fixedWidthString: requested string length (${toString width}) must not be shorter than actual length (${toString len})";
    if len == width then s else filler + fixedWidthString (width - stringLength filler) filler s;

  pathWarning = fn: value: what: ''
    lib.strings.${fn}: The first argument (${toString value}) is a path value, but only strings are supported.
        There is almost certainly a bug in the calling code, since this function ${what} in such a case.
        This function also copies the path to the Nix store, which may not be what you want.
        This behavior is deprecated and will throw an error in the future.'';

  hasPrefix = prefix: s:
    warnIf (isPath prefix) (pathWarning "hasPrefix" prefix "always returns `false`" + ''

        You might want to use `lib.path.hasPrefix` instead, which correctly supports paths.'')
      (substring 0 (stringLength prefix) s == prefix);
  hasSuffix = suffix: s:
    let n = stringLength s; m = stringLength suffix; in
    warnIf (isPath suffix) (pathWarning "hasSuffix" suffix "always returns `false`")
      (n >= m && substring (n - m) n s == suffix);
  hasInfix = infix: s:
    warnIf (isPath infix) (pathWarning "hasInfix" infix "always returns `false`")
      (match ".*${escapeRegex infix}.*" "${s}" != null);
  removePrefix = prefix: s:
    warnIf (isPath prefix) (pathWarning "removePrefix" prefix "never removes any prefix")
      (let n = stringLength prefix; in if substring 0 n s == prefix then substring n (-1) s else s);
  removeSuffix = suffix: s:
    warnIf (isPath suffix) (pathWarning "removeSuffix" suffix "never removes any suffix")
      (let m = stringLength suffix; n = stringLength s; in
        if m <= n && substring (n - m) m s == suffix then substring 0 (n - m) s else s);

  addContextFrom = source: target: substring 0 0 source + target;

  splitString = sep: s:
    map (addContextFrom s) (b.filter isString (b.split (escapeRegex (toString sep)) (toString s)));

  splitStringBy = predicate: keepSplit: s:
    let
      len = stringLength s;
      go = i: part: parts:
        if i == len then parts ++ [ part ]
        else
          let
            c = substring i 1 s;
            prev = if i > 0 then substring (i - 1) 1 s else "";
          in
          if predicate prev c then go (i + 1) (if keepSplit then c else "") (parts ++ [ part ])
          else go (i + 1) (part + c) parts;
    in
    if len == 0 then [ (addContextFrom s "") ] else map (addContextFrom s) (go 0 "" [ ]);

  toSentenceCase = s:
    if !isString s then b.throw "toSentenceCase does only accepts string values, but got ${typeOf s}"
    else addContextFrom s (toUpper (substring 0 1 s) + toLower (substring 1 (stringLength s) s));

  escapeShellArg = arg:
    let s = toString arg; in
    if match "[[:alnum:],._+:@%/-]+" s == null then "'${replaceStrings [ "'" ] [ "'\\''" ] s}'" else s;
  escapeShellArgs = concatMapStringsSep " " escapeShellArg;

  isValidPosixName = name: match "[a-zA-Z_][a-zA-Z0-9_]*" name != null;
  isStringLike = x: isString x || isPath x || x ? outPath || x ? __toString;
  isConvertibleWithToString = x:
    isStringLike x || elem (typeOf x) [ "null" "int" "float" "bool" ]
    || (b.isList x && b.all isConvertibleWithToString x);

  toShellVar = name: value:
    if !isValidPosixName name then b.throw "toShellVar: ${name} is not a valid shell variable name"
    else if b.isAttrs value && !isStringLike value then
      "declare -A ${name}=(${concatStringsSep " " (lib.attrsets.mapAttrsToList (k: v: "[${escapeShellArg k}]=${escapeShellArg v}") value)})"
    else if b.isList value then "declare -a ${name}=(${escapeShellArgs value})"
    else "${name}=${escapeShellArg value}";

  escapeNixString = s: escape [ "$" ] (b.toJSON s);

  versionOlder = v1: v2: b.compareVersions v2 v1 == 1;

  makeSearchPath = subDir: paths:
    concatStringsSep ":" (map (p: p + "/" + subDir) (b.filter (p: p != null) paths));
  makeSearchPathOutput = output: subDir: pkgs: makeSearchPath subDir (map (lib.attrsets.getOutput output) pkgs);

  cmakeOptionType = type: feature: value:
    assert elem (toUpper type) [ "BOOL" "FILEPATH" "PATH" "STRING" "INTERNAL" "LIST" ];
    assert isString feature;
    assert isString value;
    "-D${feature}:${toUpper type}=${value}";
  mesonOption = feature: value:
    assert isString feature;
    assert isString value;
    "-D${feature}=${value}";
  enableFeature = flag: feature:
    assert b.isBool flag;
    assert isString feature;
    "--${if flag then "enable" else "disable"}-${feature}";
  withFeature = flag: feature:
    assert isString feature;
    "--${if flag then "with" else "without"}-${feature}";

  # A decimal integer with blanks around it; `stripZeros` drops leading zeros first (which
  # are otherwise ambiguous, octal or padding). A text holding the store path of a value
  # ncc stands in for (`toString inputs.secrets.ports.web`, a number in Nix) is unknown.
  parseInt = fn: stripZeros: s:
    let
      found = match (if stripZeros then "[[:space:]]*0*(-?[[:digit:]]+)[[:space:]]*" else "[[:space:]]*(-?[[:digit:]]+)[[:space:]]*") s;
      digits = head found;
      parsed = b.fromJSON digits;
      err = "${fn}: Could not convert ${escapeNixString s} to int.";
      standIn = match ".*/nix/store/00000000000000000000000000000000-ncc-placeholder-([^/ \"]*).*" s;
    in
    if found == null && standIn != null then
      lib._nccCore.unknown "the number `${fn}' reads from `${head standIn}', a value ncc stands in for"
    else if found == null then b.throw err
    else if !stripZeros && match "0[[:digit:]]+" digits != null then
      b.throw "toInt: Ambiguity in interpretation of ${escapeNixString s} between octal and zero padded integer."
    else if stripZeros && match "0+" digits != null then 0
    else if !b.isInt parsed then b.throw err
    else parsed;

  levenshtein = x: y:
    let
      table = b.genList (i: b.genList (j: dist i j) (stringLength y + 1)) (stringLength x + 1);
      at = i: j: b.elemAt (b.elemAt table i) j;
      min = lib.trivial.min;
      dist = i: j:
        if j == 0 then i
        else if i == 0 then j
        else
          let cost = if substring (i - 1) 1 x == substring (j - 1) 1 y then 0 else 1; in
          min (min (at (i - 1) j + 1) (at i (j - 1) + 1)) (at (i - 1) (j - 1) + cost);
    in
    at (stringLength x) (stringLength y);

  commonPrefixLength = x: y:
    let
      m = lib.trivial.min (stringLength x) (stringLength y);
      go = i: if i >= m || substring i 1 x != substring i 1 y then i else go (i + 1);
    in
    go 0;
  commonSuffixLength = x: y:
    let
      lx = stringLength x; ly = stringLength y;
      m = lib.trivial.min lx ly;
      go = i: if i >= m || substring (lx - i - 1) 1 x != substring (ly - i - 1) 1 y then i else go (i + 1);
    in
    go 0;

  # Whether the middle parts `x` and `y` (common prefix and suffix removed) are within
  # distance 2 of each other, when `x` is not shorter.
  withinTwo = x: y:
    let
      lx = stringLength x; ly = stringLength y;
      mid = s: substring 1 (stringLength s - 2) s;
      dropLast = s: substring 0 (stringLength s - 1) s;
      dropFirst = s: substring 1 (stringLength s - 1) s;
    in
    if lx - ly == 2 then mid x == y
    else if lx - ly == 1 then mid x == dropLast y || mid x == dropFirst y
    else mid x == mid y || dropLast x == dropFirst y || dropFirst x == dropLast y;

  levenshteinAtMost = k:
    if k <= 0 then x: y: x == y
    else
      let
        within = x: y:
          let
            lx = stringLength x; ly = stringLength y;
            pre = commonPrefixLength x y;
            suf = commonSuffixLength x y;
            ix = substring pre (lx - pre - suf) x;
            iy = substring pre (ly - pre - suf) y;
          in
          if lx < ly then within y x
          else if lx - ly > k then false
          else if k == 1 then stringLength ix <= 1 && stringLength iy <= 1
          else if k == 2 then withinTwo ix iy
          else levenshtein ix iy <= k;
      in
      within;

  sanitizeDerivationName = s:
    if stringLength s <= 207 && match "[[:alnum:]+_?=-][[:alnum:]+._?=-]*" s != null
    then unsafeDiscardStringContext s
    else
      let
        plain = unsafeDiscardStringContext s;
        noDots = b.elemAt (match "\\.*(.*)" plain) 0;
        dashed = concatMapStrings (part: if b.isList part then "-" else part) (b.split "[^[:alnum:]+._?=-]+" noDots);
        cut = substring (lib.trivial.max (stringLength dashed - 207) 0) (-1) dashed;
      in
      if cut == "" then "unknown" else cut;

  trimWith = { start ? false, end ? false }:
    let
      blank = " \t\r\n";
      regex =
        if start && end then "[${blank}]*(.*[^${blank}])[${blank}]*"
        else if start then "[${blank}]*(.*)"
        else if end then "(.*[^${blank}])[${blank}]*"
        else "(.*)";
    in
    s: let m = match regex s; in if m == null then "" else head m;
in
{
  inherit (b) compareVersions elem elemAt filter fromJSON genList head isInt isList isAttrs isPath
    isString match parseDrvName readFile replaceStrings split storeDir stringLength substring tail
    toJSON typeOf concatStringsSep;
  inherit unsafeDiscardStringContext;
  inherit concatStrings concatMapStrings concatMapStringsSep optionalString stringToCharacters
    escape escapeRegex lowerChars upperChars toLower toUpper charToInt fixedWidthString hasPrefix
    hasSuffix hasInfix removePrefix removeSuffix addContextFrom splitString splitStringBy
    toSentenceCase escapeShellArg escapeShellArgs isValidPosixName isStringLike
    isConvertibleWithToString toShellVar escapeNixString versionOlder makeSearchPath
    makeSearchPathOutput cmakeOptionType mesonOption enableFeature withFeature levenshtein
    commonPrefixLength commonSuffixLength levenshteinAtMost sanitizeDerivationName trimWith;

  concatImapStrings = f: list: concatStrings (lib.lists.imap1 f list);
  concatImapStringsSep = sep: f: list: concatStringsSep sep (lib.lists.imap1 f list);
  concatMapAttrsStringSep = sep: f: attrs: concatStringsSep sep (b.attrValues (b.mapAttrs f attrs));
  concatLines = concatMapStrings (s: s + "\n");
  intersperse = sep: list:
    if list == [ ] || length list == 1 then list else b.tail (b.concatMap (x: [ sep x ]) list);
  replaceString = from: to: replaceStrings [ from ] [ to ];
  replicate = n: s: concatStrings (b.genList (_: s) n);
  trim = trimWith { start = true; end = true; };
  makeLibraryPath = makeSearchPathOutput "lib" "lib";
  makeIncludePath = makeSearchPathOutput "dev" "include";
  makeBinPath = makeSearchPathOutput "bin" "bin";
  normalizePath = s:
    warnIf (isPath s) ''
      lib.strings.normalizePath: The argument (${toString s}) is a path value, but only strings are supported.
          Path values are always normalised in Nix, so there's no need to call this function on them.
          This function also copies the path to the Nix store and returns the store path, the same as "''${path}" will, which may not be what you want.
          This behavior is deprecated and will throw an error in the future.''
      (b.foldl' (acc: c: if c == "/" && hasSuffix "/" acc then acc else acc + c) "" (stringToCharacters s));
  stringAsChars = f: s: concatMapStrings f (stringToCharacters s);
  escapeC = chars: replaceStrings chars (map (c: "\\x${toLower (hex2 (charToInt c))}") chars);
  escapeURL =
    let
      keep = stringToCharacters "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";
      escaped = b.removeAttrs asciiCodes keep;
    in
    replaceStrings (b.attrNames escaped) (map (c: "%${hex2 escaped.${c}}") (b.attrNames escaped));
  toShellVars = vars: concatStringsSep "\n" (lib.attrsets.mapAttrsToList toShellVar vars);
  escapeNixIdentifier = s: if match "[a-zA-Z_][a-zA-Z0-9_'-]*" s != null then s else escapeNixString s;
  escapeXML = replaceStrings [ "\"" "'" "<" ">" "&" ] [ "&quot;" "&apos;" "&lt;" "&gt;" "&amp;" ];
  replaceChars = lib.trivial.warn "lib.replaceChars is a deprecated alias of lib.replaceStrings." replaceStrings;
  toCamelCase = s:
    if !isString s then b.throw "toCamelCase does only accepts string values, but got ${typeOf s}"
    else
      let
        words = splitStringBy (_: c: elem c [ "-" "_" " " ]) false s;
        humps = b.concatMap (splitStringBy (prev: c: match "[a-z]" prev != null && match "[A-Z]" c != null) true) words;
        first = if humps == [ ] then "" else toLower (head humps);
        rest = if length humps > 1 then map toSentenceCase (b.tail humps) else [ ];
      in
      concatStrings (map (addContextFrom s) ([ first ] ++ rest));
  versionAtLeast = v1: v2: !versionOlder v1 v2;
  getName = x: if isString x then (b.parseDrvName x).name else x.pname or (b.parseDrvName x.name).name;
  getVersion = x: if isString x then (b.parseDrvName x).version else x.version or (b.parseDrvName x.name).version;
  nameFromURL = url: sep:
    let
      file = lib.lists.last (splitString "/" url);
      name = head (splitString sep file);
    in
    assert name != file;
    name;
  cmakeBool = condition: flag:
    assert isString condition;
    assert b.isBool flag;
    cmakeOptionType "bool" condition (toUpper (if flag then "true" else "false"));
  cmakeFeature = feature: value:
    assert isString feature;
    assert isString value;
    cmakeOptionType "string" feature value;
  mesonBool = condition: flag:
    assert isString condition;
    assert b.isBool flag;
    mesonOption condition (if flag then "true" else "false");
  mesonEnable = feature: flag:
    assert isString feature;
    assert b.isBool flag;
    mesonOption feature (if flag then "enabled" else "disabled");
  enableFeatureAs = flag: feature: value: enableFeature flag feature + optionalString flag "=${value}";
  withFeatureAs = flag: feature: value: withFeature flag feature + optionalString flag "=${value}";
  fixedWidthNumber = width: n: fixedWidthString width "0" (toString n);
  floatToString = x:
    let s = toString x; in
    warnIf (x != b.fromJSON s) "Imprecise conversion from float to string ${s}" s;
  isCoercibleToString = warnIf (lib.trivial.oldestSupportedReleaseIsAtLeast 2305)
    "lib.strings.isCoercibleToString is deprecated in favor of either isStringLike or isConvertibleWithToString. Only use the latter if it needs to return true for null, numbers, booleans and list of similarly coercibles."
    isConvertibleWithToString;
  isStorePath = x:
    isStringLike x && (
      let s = toString x; in
      substring 0 1 s == "/" && (dirOf s == b.storeDir || match "/[0-9a-z]{52}" s != null));
  toInt = parseInt "toInt" false;
  toIntBase10 = parseInt "toIntBase10" true;
  readPathsFromFile = lib.trivial.warn "lib.readPathsFromFile is deprecated, use a list instead."
    (root: file:
      map (p: root + "/${p}")
        (b.filter (l: l != "" && !(hasPrefix "#" l)) (splitString "\n" (b.readFile file))));
  fileContents = file: removeSuffix "\n" (b.readFile file);
}
