# lib.types: option types. Each is a descriptor whose kind the Rust module system
# dispatches on (see types.rs), which checks and merges it natively; `check` is there for
# Nix code that calls it. `name`, `description` and `descriptionClass` are nixpkgs lib
# 25.11's own, for Nix code and error messages that read them; where nixpkgs' `name` does
# not say the kind (`lines` is named "separatedString", `lazyAttrsOf int` "lazyAttrsOf"),
# `_nccKind` does, and the Rust side reads it before `name`. Only those types carry it:
# every type made costs its attributes.
# Written for ncc after the behaviour of nixpkgs lib 25.11.
lib:
let
  b = builtins;
  inherit (b) isString isInt isBool isFloat isList isAttrs isPath;

  # Every type carries what nixpkgs' `mkOptionType` gives one, for Nix code that reads it:
  # `merge` (the module system's own merge of the type: `types.str.merge loc defs`),
  # `functor`, `typeMerge`, `emptyValue`, `nestedTypes`, `deprecationMessage`.
  mkType = attrs:
    let
      merge = lib._nccInternal.mergeAs self;
      self = {
        _type = "option-type";
        # `_nccMerge` is the very value of `merge`, for the Rust side to tell, without
        # evaluating it, that a type merges as lib.types made it.
        inherit merge;
        _nccMerge = merge;
        functor = lib._nccTypesMore.defaultFunctor self.name;
        typeMerge = lib._nccTypesMore.defaultTypeMerge self.functor;
        emptyValue = { };
        nestedTypes = { };
        getSubModules = null;
        substSubModules = _: self;
        deprecationMessage = null;
        getSubOptions = _: { };
        # The check the type is made with, for the Rust side to tell one given later
        # (`types.str // { check = ...; }`) from it.
        _nccCheck = self.check or null;
      } // attrs;
    in
    self;
  # A type made from another with `//`, merging as itself (`(uniq int).merge`).
  remade = type:
    let
      merge = lib._nccInternal.mergeAs self;
      self = type // { inherit merge; _nccMerge = merge; _nccCheck = self.check or null; };
    in
    self;

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
  # What a module may be: a set, a function or a path to a file holding one.
  isModule = x: isAttrs x || isFunction x || checks.path x;

  showValue = v: if b.isString v then b.toJSON v else if b.isInt v then b.toString v else if v == true then "true" else if v == false then "false" else "<${b.typeOf v}>";

  mkOptionType = { name, description ? null, descriptionClass ? null, check ? (x: true), merge ? null, emptyValue ? { }, getSubOptions ? null, getSubModules ? null, substSubModules ? null, typeMerge ? null, functor ? null, deprecationMessage ? null, nestedTypes ? { } }:
    # `_nccCustom`: checked and merged by its own functions, whatever its name.
    mkType ({ inherit name check merge descriptionClass emptyValue deprecationMessage nestedTypes; _nccCustom = true; description = if description == null then name else description; }
      // (if functor == null then { } else { inherit functor; })
      // (if typeMerge == null then { } else { inherit typeMerge; })
      // (if getSubOptions == null then { } else { inherit getSubOptions; })
      // (if getSubModules == null then { } else { inherit getSubModules; })
      // (if substSubModules == null then { } else { inherit substSubModules; }));


  types = rec {
    # Plain types. `name` is what the Rust side dispatches on.
    bool = mkType { name = "bool"; description = "boolean"; descriptionClass = "noun"; };
    str = mkType { name = "str"; description = "string"; descriptionClass = "noun"; };
    string = str;
    lines = mkType { _nccKind = "lines"; name = "separatedString"; description = "strings concatenated with \"\\n\""; descriptionClass = "noun"; };
    commas = mkType { _nccKind = "commas"; name = "separatedString"; description = "strings concatenated with \",\""; descriptionClass = "noun"; };
    envVar = mkType { _nccKind = "envVar"; name = "separatedString"; description = "strings concatenated with \":\""; descriptionClass = "noun"; };
    nonEmptyStr = mkType { name = "nonEmptyStr"; description = "non-empty string"; descriptionClass = "noun"; };
    singleLineStr = mkType { name = "singleLineStr"; description = "(optionally newline-terminated) single-line string"; descriptionClass = "noun"; };
    separatedString = sep: mkType { name = "separatedString"; inherit sep; check = isString; description = if sep == "" then "Concatenated string" else "strings concatenated with ${b.toJSON sep}"; descriptionClass = "noun"; };
    int = mkType { name = "int"; description = "signed integer"; descriptionClass = "noun"; };
    float = mkType { name = "float"; description = "floating point number"; descriptionClass = "noun"; };
    # nixpkgs' `either int float`.
    number = mkType { _nccKind = "number"; name = "either"; description = "signed integer or floating point number"; descriptionClass = "conjunction"; };
    path = mkType { name = "path"; description = "absolute path"; descriptionClass = "noun"; };
    pathInStore = mkType { name = "path"; description = "path in the Nix store"; descriptionClass = "noun"; };
    package = mkType { name = "package"; description = "package"; descriptionClass = "noun"; };
    anything = mkType { name = "anything"; description = "anything"; descriptionClass = "noun"; };
    raw = mkType { name = "raw"; description = "raw value"; descriptionClass = "noun"; };
    unspecified = mkType { name = "unspecified"; description = "unspecified value"; descriptionClass = "noun"; };
    attrs = mkType { name = "attrs"; emptyValue = { value = { }; }; description = "attribute set"; descriptionClass = null; };
    deferredModule = mkType { name = "deferredModule"; description = "module"; descriptionClass = "noun"; };
    ints = let
      # nixpkgs names each range for its width (`unsignedInt16`); the Rust side reads
      # `lower` and `upper` of any of them.
      ranged = name: description: lower: upper: mkType {
        inherit name description lower upper; descriptionClass = "noun";
        check = x: isInt x && x >= lower && x <= upper;
      };
      betweenDesc = lowest: highest: "${b.toString lowest} and ${b.toString highest} (both inclusive)";
      ign = lowest: highest: name: docStart: ranged name "${docStart}; between ${betweenDesc lowest highest}" lowest highest;
      unsign = bit: size: ign 0 (size - 1) "unsignedInt${b.toString bit}" "${b.toString bit} bit unsigned integer";
      sign = bit: size: ign (0 - (size / 2)) (size / 2 - 1) "signedInt${b.toString bit}" "${b.toString bit} bit signed integer";
    in {
      between = lowest: highest:
        assert lib.asserts.assertMsg (lowest <= highest) "ints.between: lowest must be smaller than highest";
        ranged "intBetween" "integer between ${betweenDesc lowest highest}" lowest highest;
      u8 = unsign 8 256;
      u16 = unsign 16 65536;
      u32 = unsign 32 4294967296;
      s8 = sign 8 256;
      s16 = sign 16 65536;
      s32 = sign 32 4294967296;
      unsigned = ranged "unsignedInt" "unsigned integer, meaning >=0" 0 9223372036854775807 // { descriptionClass = "nonRestrictiveClause"; };
      positive = ranged "positiveInt" "positive integer, meaning >0" 1 9223372036854775807 // { descriptionClass = "nonRestrictiveClause"; };
    };
    port = ints.u16;
    enum = values: mkType {
      name = "enum"; inherit values;
      check = x: b.elem x values;
      description = if values == [ ] then "impossible (empty enum)"
        else if b.length values == 1 then "value ${showValue (b.head values)} (singular enum)"
        else "one of ${b.concatStringsSep ", " (map showValue values)}";
      descriptionClass = if b.length values < 2 then "noun" else "conjunction";
      # As nixpkgs: the values are the payload (a tagged union's type reads
      # `functor.payload.values`), and two enums merge into one of both.
      functor = lib._nccTypesMore.defaultFunctor "enum" // {
        payload = { inherit values; };
        type = payload: types.enum payload.values;
        binOp = a: b': { values = lib.lists.unique (a.values ++ b'.values); };
      };
    };
    strMatching = pattern: mkType { _nccKind = "strMatching"; name = "strMatching ${lib.strings.escapeNixString pattern}"; inherit pattern; check = x: isString x && b.match pattern x != null; description = "string matching the pattern ${pattern}"; descriptionClass = "noun";
      functor = lib._nccTypesMore.defaultFunctor "strMatching" // { type = types.strMatching; payload = pattern; binOp = lhs: rhs: if lhs == rhs then lhs else null; };
    };
    nullOr = elemType: mkType (wrapping "nullOr" elemType // {
      name = "nullOr"; inherit elemType; emptyValue = { value = null; };
      check = x: x == null || elemType.check x;
      description = "null or ${phrase (c: c == "noun" || c == "conjunction") elemType}";
      descriptionClass = "conjunction";
      getSubOptions = elemType.getSubOptions or (_: { });
    });
    listOf = elemType: mkType (wrapping "listOf" elemType // {
      name = "listOf"; inherit elemType; emptyValue = { value = [ ]; };
      check = isList;
      description = "list of ${phrase (c: c == "noun" || c == "composite") elemType}";
      descriptionClass = "composite";
      getSubOptions = prefix: (elemType.getSubOptions or (_: { })) (prefix ++ [ "*" ]);
    });
    nonEmptyListOf = elemType: remade (listOf elemType // { _nccKind = "nonEmptyListOf"; emptyValue = { }; check = l: isList l && l != [ ]; description = "non-empty ${phrase (c: c == "noun") (listOf elemType)}"; });
    attrsOf = elemType: mkType (wrapping "attrsOf" elemType // {
      name = "attrsOf"; inherit elemType; lazy = false; emptyValue = { value = { }; };
      check = isAttrs;
      description = "attribute set of ${phrase (c: c == "noun" || c == "composite") elemType}";
      descriptionClass = "composite";
    });
    lazyAttrsOf = elemType: remade (attrsOf elemType // { _nccKind = "attrsOf"; name = "lazyAttrsOf"; lazy = true; description = "lazy attribute set of ${phrase (c: c == "noun" || c == "composite") elemType}"; });
    attrsWith = { elemType, lazy ? false, placeholder ? "name" }: (if lazy then lazyAttrsOf else attrsOf) elemType;
    uniq = elemType: remade (elemType // { _nccKind = "uniq"; name = "unique"; inherit elemType; });
    unique = { message }: elemType: remade (elemType // { _nccKind = "uniq"; name = "unique"; inherit elemType message; });
    either = t1: t2: mkType {
      name = "either"; inherit t1 t2;
      check = x: t1.check x || t2.check x;
      # A clause that explains itself ("meaning >0") takes a comma, not parentheses.
      description = if t1.descriptionClass or null == "nonRestrictiveClause"
        then "${t1.description}, or ${phrase (c: c == "noun" || c == "conjunction") t2}"
        else "${phrase (c: c == "noun" || c == "conjunction") t1} or ${phrase (c: c == "noun" || c == "conjunction" || c == "composite") t2}";
      descriptionClass = "conjunction";
    };
    oneOf = ts: let head' = b.head ts; tail' = b.tail ts; in foldl' either head' tail';
    coercedTo = coercedType: coerceFunc: finalType: remade (finalType // {
      _nccKind = "coercedTo"; name = "coercedTo"; descriptionClass = null; inherit coercedType coerceFunc finalType;
      check = x: (coercedType.check x && finalType.check (coerceFunc x)) || finalType.check x;
      description = "${phrase (c: c == "noun") finalType} or ${phrase (c: c == "noun") coercedType} convertible to it";
    });
    functionTo = elemType: mkType { name = "functionTo"; inherit elemType; check = isFunction; description = "function that evaluates to a(n) ${phrase (c: c == "noun" || c == "composite") elemType}"; descriptionClass = "composite"; };
    submoduleWith = { modules, specialArgs ? { }, shorthandOnlyDefinesConfig ? false, description ? null, class ? null }: mkType {
      name = "submodule"; inherit modules specialArgs shorthandOnlyDefinesConfig; emptyValue = { value = { }; }; descriptionClass = null;
      check = isModule;
      description = if description != null then description else "submodule";
      getSubOptions = prefix: (lib.evalModules { inherit specialArgs prefix; modules = [ { _module.args.name = lib.mkOptionDefault "‹name›"; } ] ++ modules; }).options;
      getSubModules = modules;
      functor = { name = "submodule"; type = types.submoduleWith; payload = { inherit modules specialArgs shorthandOnlyDefinesConfig description class; }; wrapped = null; };
    };
    submodule = modules: submoduleWith { shorthandOnlyDefinesConfig = true; modules = toList modules; };
    # Option types as option values (`attrsOf optionType`): checked and merged by its own
    # functions, as nixpkgs makes it. One definition is the type given; several are the
    # options `mkOption { type = value; }` declared once each and merged, which ncc does
    # natively and `mergeOptionDecls` does not say (unknown).
    optionType = mkOptionType {
      name = "optionType";
      description = "optionType";
      descriptionClass = "noun";
      check = value: value._type or null == "option-type";
      merge = loc: defs:
        if b.length defs == 1 then (b.head defs).value
        else
          let
            optionModules = map ({ value, file }: { _file = file; options = lib.options.mkOption { type = value; }; }) defs;
          in
          (lib.modules.fixupOptionType loc (lib.modules.mergeOptionDecls loc optionModules)).type;
    };

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
    package = x: isDerivation x || lib.strings.isStorePath x;
    anything = _: true;
    raw = _: true;
    unspecified = _: true;
    attrs = isAttrs;
    deferredModule = isModule;
    pathInStore = x: isStringLike x
      && lib.path.hasStorePathPrefix (if isPath x then x else /. + b.unsafeDiscardStringContext (toString x));
  };
in
types // b.mapAttrs (name: check: types.${name} // { inherit check; _nccCheck = check; }) checks
