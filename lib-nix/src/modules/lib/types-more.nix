# lib.types beyond the descriptors the Rust module system knows: types built from them in
# Nix, and the helpers on types. Read only when one is used (see types.nix).
lib:
let
  b = builtins;
  inherit (b) isBool isAttrs;
  inherit (lib.types) number path package str int unique attrs attrsOf deferredModule mkOptionType;
  types = lib.types;
  phrase = unparenthesize: t:
    if unparenthesize (t.descriptionClass or null) then t.description else "(${t.description})";
  isDerivation = x: x.type or null == "derivation";
  addCheck = elemType: check:
    let
      # Named as `elemType` is, as in nixpkgs; checked and merged as itself.
      self = elemType // {
        _nccKind = "addCheck";
        inherit elemType;
        extraCheck = check;
        check = x: (elemType.check or (_: true)) x && check x;
        merge = lib._nccInternal.mergeAs self;
        _nccCheck = self.check;
      };
    in
    self;
in
{
  inherit addCheck;
  boolByOr = mkOptionType {
    name = "boolByOr";
    description = "boolean (merged using or)";
    descriptionClass = "noun";
    check = isBool;
    merge = _: defs: b.any (def: def.value) defs;
  };
  numbers = {
    between = lowest: highest:
      assert lib.asserts.assertMsg (lowest <= highest) "numbers.between: lowest must be smaller than highest";
      addCheck number (x: x >= lowest && x <= highest) // {
        name = "numberBetween";
        description = "integer or floating point number between ${b.toJSON lowest} and ${b.toJSON highest} (both inclusive)";
      };
    nonnegative = addCheck number (x: x >= 0) // { name = "numberNonnegative"; description = "nonnegative integer or floating point number, meaning >=0"; descriptionClass = "nonRestrictiveClause"; };
    positive = addCheck number (x: x > 0) // { name = "numberPositive"; description = "positive integer or floating point number, meaning >0"; descriptionClass = "nonRestrictiveClause"; };
  };
  passwdEntry = entryType: addCheck entryType (s: !(lib.strings.hasInfix ":" s || lib.strings.hasInfix "\n" s)) // {
    name = "passwdEntry ${entryType.name}";
    description = "${phrase (c: c == "noun") entryType}, not containing newlines or colons";
    descriptionClass = "nonRestrictiveClause";
  };
  # A path or text naming one, absolute or relative, in the store or not, as asked: its
  # own check, not `path`'s (which wants it absolute).
  pathWith = { inStore ? null, absolute ? null }:
    if inStore == true && absolute == false then b.throw "In pathWith, inStore means the path must be absolute"
    else mkOptionType {
      name = "path";
      description =
        (if absolute == null then "" else if absolute then "absolute " else "relative ")
        + "path"
        + (if inStore == null then "" else if inStore then " in the Nix store" else " not in the Nix store");
      descriptionClass = "noun";
      merge = lib.options.mergeEqualOption;
      functor = lib.types.defaultFunctor "path" // {
        type = lib.types.pathWith;
        payload = { inherit inStore absolute; };
        binOp = lhs: rhs: if lhs == rhs then lhs else null;
      };
      check = x:
        let
          text = toString x;
          storeLike = lib.path.hasStorePathPrefix (if b.isPath x then x else /. + b.unsafeDiscardStringContext x);
          # Text only, unless the store is allowed: a path value could be copied there.
          kindOk = if inStore == null || inStore then lib.strings.isStringLike x else b.isString x;
        in
        kindOk
        && (inStore == null || inStore == storeLike)
        && (absolute == null || absolute == (b.substring 0 1 text == "/"));
    };
  shellPackage = addCheck package (x: isDerivation x && x ? shellPath) // { description = "package"; };
  pkgs = addCheck (unique { message = "A Nixpkgs pkgs set can not be merged with another pkgs set."; } attrs) (x: (x._type or "") == "pkgs") // {
    name = "pkgs";
    description = "Nixpkgs package set";
    descriptionClass = "noun";
  };
  luaInline = mkOptionType {
    name = "luaInline";
    description = "inline lua";
    descriptionClass = "noun";
    check = x: x._type or null == "lua-inline";
    merge = lib.options.mergeEqualOption;
  };
  loaOf = elemType: attrsOf elemType // {
    deprecationMessage = "Mixing lists with attribute values is no longer possible; please use `types.attrsOf` instead. See https://github.com/NixOS/nixpkgs/issues/1800 for the motivation.";
  };
  deferredModuleWith = { staticModules ? [ ] }: deferredModule // { inherit staticModules; };
  attrTag = tags: mkOptionType {
    name = "attrTag";
    description = "attribute-tagged union";
    descriptionClass = "noun";
    check = x: isAttrs x && b.length (b.attrNames x) == 1 && tags ? ${b.head (b.attrNames x)};
    merge = lib.options.mergeOneOption;
  };
  isType = type: x: (x._type or "") == type;
  isOptionType = x: (x._type or "") == "option-type";
  setType = typeName: value: value // { _type = typeName; };
  defaultFunctor = name: { inherit name; type = types.${name} or null; wrapped = null; payload = null; binOp = _: _: null; };
  defaultTypeMerge = f: f':
    if f.name != f'.name then null
    else if f.payload != null && f'.payload != null then
      (let payload = f.binOp f.payload f'.payload; in if payload == null then null else f.type payload)
    else if f.wrapped != null && f'.wrapped != null then
      (let wrapped = f.wrapped.typeMerge f'.wrapped.functor; in if wrapped == null then null else f.type wrapped)
    else if f.payload == null && f'.payload == null && f.wrapped == null && f'.wrapped == null then f.type
    else null;
  mergeTypes = t1: t2:
    assert (t1._type or "") == "option-type" && (t2._type or "") == "option-type";
    if t1 == t2 then t1 else { _type = "merge-error"; error = "Cannot merge types"; };
  optionDescriptionPhrase = phrase;
  noCheckForDocsModule = {
    config._module.check = lib.modules.mkForce false;
    _file = "<built-in module that disables checks for the purpose of documentation generation>";
  };
}
