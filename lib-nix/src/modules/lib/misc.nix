# The rest of lib's top level: deprecated helpers (lib.misc), lib.stringsWithDeps,
# lib.derivations, lib.sourceTypes, lib.fetchers, lib.kernel and lib.gvariant. Written for
# ncc after the behaviour of nixpkgs lib 25.11.
lib:
let
  b = builtins;
  inherit (b) head tail isAttrs elem attrNames listToAttrs;
  inherit (lib.attrsets) attrByPath nameValuePair;

  maybeAttr = name: default: attrs: attrs.${name} or default;
  nvs = name: value: listToAttrs [ (nameValuePair name value) ];
  setAttr = set: name: v: set // nvs name v;
  setAttrMerge = name: default: attrs: f: setAttr attrs name (f (maybeAttr name default attrs));
  defaultMergeArg = x: y: if isAttrs y then y else y x;
  foldr = lib.lists.foldr;

  checkFlag = set: name:
    if name == "true" then true
    else if name == "false" then false
    else if elem name (attrByPath [ "flags" ] [ ] set) then true
    else attrByPath [ name ] false set;
  getValue = set: argList: name:
    attrByPath [ name ] (
      if checkFlag set name then true
      else if argList == [ ] then null
      else let x = head argList; in if head x == name then head (tail x) else getValue set (tail argList) name)
      set;

  uniqList = { inputList, acc ? [ ] }:
    let
      go = xs: seen:
        if xs == [ ] then [ ]
        else let x = head xs; kept = if elem x seen then [ ] else [ x ]; in kept ++ go (tail xs) (kept ++ seen);
    in
    go inputList acc;
  uniqListExt = { inputList, outputList ? [ ], getter ? (x: x), compare ? (x: y: x == y) }:
    if inputList == [ ] then outputList
    else
      let x = head inputList; same = y: compare (getter y) (getter x); in
      uniqListExt {
        outputList = outputList ++ (if b.any same outputList then [ ] else [ x ]);
        inputList = tail inputList;
        inherit getter compare;
      };

  innerClosePropagation = acc: xs:
    if xs == [ ] then acc
    else
      let y = head xs; rest = tail xs; in
      if !isAttrs y then innerClosePropagation acc rest
      else
        let acc' = [ y ] ++ acc; in
        innerClosePropagation acc' (uniqList {
          inputList = maybeAttr "propagatedBuildInputs" [ ] y ++ maybeAttr "propagatedNativeBuildInputs" [ ] y ++ rest;
          acc = acc';
        });
  closePropagationSlow = list: uniqList { inputList = innerClosePropagation [ ] list; };
  closePropagationFast = list:
    map (x: x.val) (b.genericClosure {
      startSet = map (x: { key = x.outPath; val = x; }) (b.filter (x: x != null) list);
      operator = item:
        if !isAttrs item.val then [ ]
        else b.concatMap (x: if x != null then [ { key = x.outPath; val = x; } ] else [ ])
          ((item.val.propagatedBuildInputs or [ ]) ++ (item.val.propagatedNativeBuildInputs or [ ]));
    });

  innerModifySumArgs = f: x: a: y: if y == null then f a y // x else innerModifySumArgs f x (a // y);

  mergeAttrsWithFunc = f: set1: set2:
    foldr (n: set: if set ? ${n} then setAttr set n (f set.${n} set2.${n}) else set) (set2 // set1) (attrNames set2);

  mergeAttrBy =
    listToAttrs (map (n: nameValuePair n (x: y: x ++ y)) [ "nativeBuildInputs" "buildInputs" "propagatedBuildInputs" "configureFlags" "prePhases" "postAll" "patches" ])
    // listToAttrs (map (n: nameValuePair n (x: y: x // y)) [ "passthru" "meta" "cfg" "flags" ])
    // listToAttrs (map (n: nameValuePair n (x: y: "${x}\n${y}")) [ "preConfigure" "postInstall" ]);

  mergeAttrByFunc = x: y:
    let
      mergers = { mergeAttrBy = a: c: a // c; } // maybeAttr "mergeAttrBy" { } x // maybeAttr "mergeAttrBy" { } y;
      used = b.removeAttrs mergers (b.filter (a: !(x ? ${a}) && !(y ? ${a})) (attrNames mergers));
    in
    foldr (p: q: p // q) { } [
      x
      y
      (b.mapAttrs (a: f: if x ? ${a} then (if y ? ${a} then f x.${a} y.${a} else x.${a}) else y.${a}) used)
    ];
  mergeAttrsByFuncDefaults = lib.lists.foldl mergeAttrByFunc { inherit mergeAttrBy; };

  foldArgs = merger: f: init: x:
    let
      arg = merger init (defaultMergeArg init x);
      base = setAttrMerge "passthru" { } (f arg) (z: z // {
        function = foldArgs merger f arg;
        args = attrByPath [ "passthru" "args" ] { } z // x;
      });
    in
    base // { override = base.passthru.function; };

  textClosureList = predefined: arg:
    let
      walk = done: todo:
        if todo == [ ] then { result = [ ]; inherit done; }
        else
          let entry = head todo; in
          if isAttrs entry then
            let deps = walk done entry.deps; rest = walk deps.done (tail todo); in
            { result = deps.result ++ [ entry.text ] ++ rest.result; done = rest.done; }
          else if done ? ${entry} then walk done (tail todo)
          else walk (done // { ${entry} = 1; }) ([ predefined.${entry} ] ++ tail todo);
    in
    (walk { } arg).result;

  # GVariant values, as dconf reads them: a type string and the text of the value.
  gvariantValue = type: text: { _type = "gvariant"; inherit type; value = text; __toString = self: self.value; };
  gvariantString = s: gvariantValue "s" "'${b.replaceStrings [ "\\" "'" "\n" ] [ "\\\\" "\\'" "\\n" ] s}'";
  gvariantArray = elems:
    let
      items = map gvariantMkValue (if elems == [ ] then b.throw "Please create empty array with mkEmptyArray." else elems);
      type = (head items).type;
    in
    if !b.all (i: i.type == type) items then b.throw "Elements in a list should have same type."
    else gvariantValue "a${type}" "@a${type} [${b.concatStringsSep "," (map toString items)}]";
  gvariantMkValue = v:
    if (v._type or null) == "gvariant" then v
    else if b.isBool v then gvariantValue "b" (if v then "true" else "false")
    else if b.isFloat v then gvariantValue "d" (toString v)
    else if b.isString v then gvariantString v
    else if b.isList v then
      (if v == [ ] then b.throw "Please create empty array with mkEmptyArray."
       else gvariantArray v)
    # A bare integer names no GVariant type: dconf's schema decides between them.
    else if b.isInt v then
      let
        fits = { min, max, ... }: (min == null || min <= v) && (max == null || v <= max);
        constructors = b.filter fits [
          { name = "mkInt32"; type = "i"; min = -2147483648; max = 2147483647; }
          { name = "mkUint32"; type = "u"; min = 0; max = 4294967295; }
          { name = "mkInt64"; type = "x"; min = null; max = null; }
          { name = "mkUint64"; type = "t"; min = 0; max = null; }
          { name = "mkInt16"; type = "n"; min = -32768; max = 32767; }
          { name = "mkUint16"; type = "q"; min = 0; max = 65535; }
          { name = "mkUchar"; type = "y"; min = 0; max = 255; }
        ];
      in
      b.throw ''
        The GVariant type for number “${toString v}” is unclear.
        Please wrap the value with one of the following, depending on the value type in GSettings schema:

        ${b.concatStringsSep "\n" (map (c: "- `lib.gvariant.${c.name}` for `${c.type}`") constructors)}
      ''
    else if isAttrs v then b.throw "Cannot construct GVariant value from an attribute set. If you want to construct a dictionary, you will need to create an array containing items constructed with `lib.gvariant.mkDictionaryEntry`."
    else b.throw "The GVariant type of “${b.typeOf v}” can't be inferred.";
in
{
  inherit maybeAttr nvs setAttr setAttrMerge defaultMergeArg checkFlag getValue uniqList uniqListExt
    innerClosePropagation closePropagationSlow closePropagationFast innerModifySumArgs
    mergeAttrsWithFunc mergeAttrBy mergeAttrByFunc mergeAttrsByFuncDefaults foldArgs textClosureList;
  maybeEnv = name: default: let v = b.getEnv name; in if v == "" then default else v;
  defaultMerge = x: y: x // defaultMergeArg x y;
  maybeAttrNullable = maybeAttr;
  ifEnable = cond: v:
    if cond then v
    else if b.isList v then [ ]
    else if isAttrs v then { }
    else if v == true || v == false then false
    else null;
  checkReqs = set: argList: conds:
    foldr (x: y: x && y) true (map (req:
      checkFlag set (head req) -> foldr (x: y: x && y) true
        (map (name: let v = getValue set argList name; in v != null && v != false) (tail req))) conds);
  condConcat = name: list: checker:
    if list == [ ] then name
    else if checker (head list) then lib.condConcat (name + head (tail list)) (tail (tail list)) checker
    else lib.condConcat name (tail (tail list)) checker;
  lazyGenericClosure = { startSet, operator }:
    let
      work = list: done: result:
        if list == [ ] then result
        else
          let x = head list; in
          if elem x.key done then work (tail list) done result
          else work (tail list ++ operator x) ([ x.key ] ++ done) ([ x ] ++ result);
    in
    work startSet [ ] [ ];
  modifySumArgs = f: x: innerModifySumArgs f x { };
  closePropagation = if b ? genericClosure then closePropagationFast else closePropagationSlow;
  mapAttrsFlatten = lib.trivial.warn "lib.misc.mapAttrsFlatten is deprecated, please use lib.attrsets.mapAttrsToList instead." lib.attrsets.mapAttrsToList;
  mergeAttrsConcatenateValues = mergeAttrsWithFunc (x: y: lib.lists.toList x ++ lib.lists.toList y);
  mergeAttrsNoOverride = { mergeLists ? [ "buildInputs" "propagatedBuildInputs" ], overrideSnd ? [ "buildPhase" ] }: attrs1: attrs2:
    foldr (n: set: setAttr set n (
      if set ? ${n} then
        (if elem n mergeLists then attrs2.${n} ++ attrs1.${n}
         else if elem n overrideSnd then attrs1.${n}
         else b.throw "error mergeAttrsNoOverride, attribute ${n} given in both attributes - no merge func defined")
      else attrs2.${n})) attrs1 (attrNames attrs2);
  mergeAttrsByFuncDefaultsClean = list: b.removeAttrs (mergeAttrsByFuncDefaults list) [ "mergeAttrBy" ];
  nixType = x:
    if isAttrs x then (if x ? outPath then "derivation" else "attrs")
    else if lib.trivial.isFunction x then "function"
    else if b.isList x then "list"
    else if x == true || x == false then "bool"
    else if x == null then "null"
    else if b.isInt x then "int"
    else "string";
  imap = lib.lists.imap1;
  fakeHash = "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
  fakeSha256 = "0000000000000000000000000000000000000000000000000000000000000000";
  fakeSha512 = "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000";

  stringsWithDeps = {
    inherit textClosureList;
    textClosureMap = f: predefined: names: b.concatStringsSep "\n" (map f (textClosureList predefined names));
    noDepEntry = text: { inherit text; deps = [ ]; };
    fullDepEntry = text: deps: { inherit text deps; };
    packEntry = deps: { inherit deps; text = ""; };
    stringAfter = deps: text: { inherit text deps; };
  };

  derivations = {
    lazyDerivation = { derivation, meta ? null, passthru ? { }, outputs ? derivation.outputs }:
      let
        checked = if derivation.type or null == "derivation" then derivation
          else b.throw "lazyDerivation: The derivation ${derivation.name or "<unknown>"} does not have type \"derivation\".";
        perOutput = name: { inherit name; value = checked.${name}; };
      in
      {
        type = "derivation";
        inherit (checked) drvPath outPath outputName name system;
        inherit outputs;
        out = checked.out;
        meta = if meta == null then checked.meta or { } else meta;
      } // b.listToAttrs (map perOutput outputs) // passthru;
    optionalDrvAttr = cond: value: if cond then value else null;
    warnOnInstantiate = msg: drv:
      let warned = b.mapAttrs (_: lib.trivial.warn msg) { inherit (drv) drvPath; }; in
      drv // warned;
  };

  sourceTypes = b.mapAttrs (shortName: isSource: { inherit shortName isSource; }) {
    fromSource = true;
    binaryNativeCode = false;
    binaryBytecode = false;
    binaryFirmware = false;
  };

  fetchers = {
    proxyImpureEnvVars = [
      "http_proxy" "https_proxy" "ftp_proxy" "all_proxy" "no_proxy"
      "HTTP_PROXY" "HTTPS_PROXY" "FTP_PROXY" "ALL_PROXY" "NO_PROXY"
      "NIX_SSL_CERT_FILE"
    ];
    # A set with one of `hash` and the `hashTypes` becomes one with `outputHash` and
    # `outputHashAlgo` (null for `hash`), as mkDerivation takes them; "" is the fake hash.
    normalizeHash = { hashTypes ? [ "sha256" ], required ? true }: args:
      let
        hashNames = [ "hash" ] ++ hashTypes;
        given = lib.attrsets.attrsToList (b.intersectAttrs (lib.attrsets.genAttrs hashNames (_: { })) args);
        fake = { hash = lib.fakeHash; sha256 = lib.fakeSha256; sha512 = lib.fakeSha512; };
        h =
          if given == [ ] then lib.trivial.throwIf required "fetcher called without `hash`" null
          else if tail given != [ ] then
            b.throw "fetcher called with mutually-incompatible arguments: ${b.concatStringsSep ", " (map (a: a.name) given)}"
          else head given;
      in
      if args ? outputHash then args
      else b.removeAttrs args hashNames // lib.attrsets.optionalAttrs (h != null) {
        outputHashAlgo = if h.name == "hash" then null else h.name;
        outputHash = if h.value == "" then fake.${h.name} or (b.throw "no “fake hash” defined for ${h.name}") else h.value;
      };
    # A fetcher taking `outputHash` and `outputHashAlgo` made to take `hash` (or a hash type)
    # instead, its `functionArgs` saying so.
    withNormalizedHash = { hashTypes ? [ "sha256" ] }: fetcher:
      let
        fArgs = lib.trivial.functionArgs fetcher;
        normalize = lib.fetchers.normalizeHash { inherit hashTypes; required = !fArgs.outputHash; };
      in
      assert fArgs ? outputHash && fArgs ? outputHashAlgo;
      assert b.intersectAttrs fArgs (lib.attrsets.genAttrs ([ "hash" ] ++ hashTypes) (_: { })) == { };
      lib.trivial.setFunctionArgs (args: fetcher (normalize args))
        (b.removeAttrs fArgs [ "outputHash" "outputHashAlgo" ] // { hash = fArgs.outputHash; });
  };

  kernel = {
    yes = { tristate = "y"; optional = false; };
    no = { tristate = "n"; optional = false; };
    module = { tristate = "m"; optional = false; };
    unset = { tristate = null; optional = false; };
    freeform = x: { freeform = x; optional = false; };
    option = x: x // { optional = true; };
    whenHelpers = version: {
      whenAtLeast = ver: lib.modules.mkIf (b.compareVersions version ver >= 0);
      whenOlder = ver: lib.modules.mkIf (b.compareVersions version ver < 0);
      whenBetween = ver1: ver2: lib.modules.mkIf (b.compareVersions version ver1 >= 0 && b.compareVersions version ver2 < 0);
    };
  };

  gvariant = {
    type = {
      arrayOf = t: "a${t}";
      maybeOf = t: "m${t}";
      tupleOf = ts: "(${b.concatStringsSep "" ts})";
      dictionaryEntryOf = nameType: valueType: "{${nameType}${valueType}}";
      string = "s"; boolean = "b"; uchar = "y"; int16 = "n"; uint16 = "q"; int32 = "i";
      uint32 = "u"; int64 = "x"; uint64 = "t"; double = "d"; variant = "v";
    };
    isGVariant = v: (v._type or null) == "gvariant";
    mkValue = gvariantMkValue;
    mkString = gvariantString;
    mkBoolean = v: gvariantValue "b" (if v then "true" else "false");
    mkInt32 = v: gvariantValue "i" (toString v);
    mkDouble = v: gvariantValue "d" (toString v);
    # The sized integers print with their type's letter (`@u 300`), as dconf reads them.
    mkInt16 = v: gvariantValue "n" "@n ${toString v}";
    mkInt64 = v: gvariantValue "x" "@x ${toString v}";
    mkUint16 = v: gvariantValue "q" "@q ${toString v}";
    mkUint32 = v: gvariantValue "u" "@u ${toString v}";
    mkUint64 = v: gvariantValue "t" "@t ${toString v}";
    mkUchar = v: gvariantValue "y" "@y ${toString v}";
    mkObjectpath = v: gvariantValue "s" "objectpath '${b.replaceStrings [ "'" ] [ "\\'" ] v}'";
    mkArray = gvariantArray;
    mkEmptyArray = type: gvariantValue "a${type}" "@a${type} []";
    mkVariant = v: let inner = gvariantMkValue v; in gvariantValue "v" "<${toString inner}>";
    mkDictionaryEntry = name: v:
      let key = gvariantMkValue name; value = gvariantMkValue v; in
      let type = "{${key.type}${value.type}}"; in
      gvariantValue type "@${type} {${toString key},${toString value}}";
    mkMaybe = type: v: gvariantValue "m${type}" (if v == null then "@m${type} nothing" else "just ${toString (gvariantMkValue v)}");
    mkNothing = type: gvariantValue "m${type}" "@m${type} nothing";
    mkJust = v: let inner = gvariantMkValue v; in gvariantValue "m${inner.type}" "just ${toString inner}";
    mkTuple = elems: let items = map gvariantMkValue elems; in
      let type = "(${b.concatStringsSep "" (map (i: i.type) items)})"; in
      gvariantValue type "@${type} (${b.concatStringsSep "," (map toString items)})";
    intConstructors = [ ];
  };
}
