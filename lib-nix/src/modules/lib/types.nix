# lib.types: option types. Each is a descriptor whose `name` the Rust module system
# dispatches on (see types.rs), which checks and merges it natively; `check` is there for
# Nix code that calls it. Written for ncc after the behaviour of nixpkgs lib 25.11.
lib:
let
  b = builtins;
  inherit (b) isString isInt isBool isFloat isList isAttrs isPath;

  mkType = attrs: { _type = "option-type"; } // attrs;

  # How a type reads inside another type's description (nixpkgs' optionDescriptionPhrase).
  phrase = unparenthesize: t:
    if unparenthesize (t.descriptionClass or null) then t.description else "(${t.description})";

  foldl' = b.foldl';

  # What nixpkgs' composite types carry for Nix code that looks inside them: the
  # `functor` (with the element type as `payload.elemType` and, deprecated, `wrapped`),
  # `nestedTypes.elemType`, and `getSubOptions`, the options of the element type.
  wrapping = name: elemType: {
    functor = { inherit name; type = types.${name} or null; payload = { inherit elemType; }; wrapped = elemType; };
    nestedTypes = { inherit elemType; };
    getSubOptions = prefix: (elemType.getSubOptions or (_: { })) (prefix ++ [ "<name>" ]);
  };
  toList = x: if isList x then x else [ x ];
  isFunction = lib.trivial.isFunction;
  isDerivation = x: x.type or null == "derivation";
  isStringLike = x: isString x || isPath x || x ? outPath || x ? __toString;

  showValue = v: if b.isString v then b.toJSON v else if b.isInt v then b.toString v else if v == null then "null" else if v == true then "true" else if v == false then "false" else "<value>";

  mkOptionType = { name, description ? null, descriptionClass ? null, check ? (x: true), merge ? null, emptyValue ? { }, getSubOptions ? null, getSubModules ? null, substSubModules ? null, typeMerge ? null, functor ? null, deprecationMessage ? null, nestedTypes ? { } }:
    # `_nccCustom`: checked and merged by its own functions, whatever its name.
    mkType { inherit name check merge descriptionClass; _nccCustom = true; description = if description == null then name else description; };


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
    nullOr = elemType: mkType (wrapping "nullOr" elemType // {
      name = "nullOr"; inherit elemType;
      description = "null or ${phrase (c: c == "noun" || c == "conjunction") elemType}";
      descriptionClass = "conjunction";
      getSubOptions = elemType.getSubOptions or (_: { });
    });
    listOf = elemType: mkType (wrapping "listOf" elemType // {
      name = "listOf"; inherit elemType;
      description = "list of ${phrase (c: c == "noun" || c == "composite") elemType}";
      descriptionClass = "composite";
      getSubOptions = prefix: (elemType.getSubOptions or (_: { })) (prefix ++ [ "*" ]);
    });
    nonEmptyListOf = elemType: listOf elemType // { name = "nonEmptyListOf"; description = "non-empty ${phrase (c: c == "noun") (listOf elemType)}"; };
    attrsOf = elemType: mkType (wrapping "attrsOf" elemType // {
      name = "attrsOf"; inherit elemType; lazy = false;
      description = "attribute set of ${phrase (c: c == "noun" || c == "composite") elemType}";
      descriptionClass = "composite";
    });
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
      getSubOptions = prefix: (lib.evalModules { inherit specialArgs prefix; modules = [ { _module.args.name = lib.mkOptionDefault "‹name›"; } ] ++ modules; }).options;
      getSubModules = modules;
      functor = { name = "submodule"; type = types.submoduleWith; payload = { inherit modules specialArgs shorthandOnlyDefinesConfig description class; }; wrapped = null; };
    };
    submodule = modules: submoduleWith { shorthandOnlyDefinesConfig = true; modules = toList modules; };
    optionType = mkType { name = "optionType"; description = "optionType"; descriptionClass = "noun"; };

    # Beyond the descriptors the Rust side knows: types built from them in Nix, in
    # types-more.nix, read only when one is used.
    inherit (lib._nccTypesMore) addCheck boolByOr numbers passwdEntry pathWith shellPackage pkgs
      luaInline loaOf deferredModuleWith attrTag isType isOptionType setType defaultFunctor
      defaultTypeMerge mergeTypes optionDescriptionPhrase noCheckForDocsModule;
    inherit mkOptionType;
    inherit types;
  };

  # `check` for the plain types, for Nix code that calls it (the module system checks
  # natively).
  checks = {
    bool = isBool;
    str = isString;
    string = isString;
    lines = isString;
    commas = isString;
    envVar = isString;
    nonEmptyStr = x: isString x && b.match "[ \t\n]*" x == null;
    singleLineStr = x: isString x && b.match "[^\n\r]*\n?" x != null;
    int = isInt;
    float = isFloat;
    number = x: isInt x || isFloat x;
    path = x: isStringLike x && b.substring 0 1 (toString x) == "/";
    package = x: isDerivation x || isStringLike x;
    anything = _: true;
    raw = _: true;
    unspecified = _: true;
    attrs = isAttrs;
    port = x: isInt x && x >= 0 && x <= 65535;
  };
in
types // b.mapAttrs (name: check: types.${name} // { inherit check; }) checks
