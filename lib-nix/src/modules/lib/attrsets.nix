# lib.attrsets: functions on attribute sets, and the outputs of packages. Written for ncc
# after the behaviour of nixpkgs lib 25.11.
lib:
let
  b = builtins;
  inherit (b) attrNames attrValues listToAttrs isAttrs length elemAt head mapAttrs concatMap;

  nameValuePair = name: value: { inherit name value; };
  mapAttrsToList = f: attrs: attrValues (mapAttrs f attrs);
  genAttrs = names: f: listToAttrs (map (n: nameValuePair n (f n)) names);

  attrByPath = path: default: set:
    let
      n = length path;
      go = i: s:
        if i == n then s
        else let key = elemAt path i; in if s ? ${key} then go (i + 1) s.${key} else default;
    in
    go 0 set;

  mapAttrsRecursiveCond = cond: f: set:
    let
      go = path: mapAttrs (name: value:
        if isAttrs value && cond value then go (path ++ [ name ]) value else f (path ++ [ name ]) value);
    in
    go [ ] set;

  zipAttrsWithNames = names: f: sets:
    listToAttrs (map (name: { inherit name; value = f name (b.catAttrs name sets); }) names);
  zipAttrsWith = b.zipAttrsWith or (f: sets: zipAttrsWithNames (concatMap attrNames sets) f sets);

  recursiveUpdateUntil = pred: lhs: rhs:
    let
      go = path: zipAttrsWith (name: values:
        let here = path ++ [ name ]; in
        if length values == 1 || pred here (elemAt values 1) (head values) then head values
        else go here values);
    in
    go [ ] [ rhs lhs ];

  showAttrPath = path:
    if path == [ ] then "<root attribute path>"
    else b.concatStringsSep "." (map lib.strings.escapeNixIdentifier path);

  # Whether `pkg` names one output already (`pkgs.foo.dev`). Only a boolean says so: ncc's
  # stand-in for a package has every attribute, none of them a boolean.
  outputSpecified = pkg: let s = pkg.outputSpecified or false; in b.isBool s && s;
  getOutput = output: pkg:
    if outputSpecified pkg then pkg else pkg.${output} or pkg.out or pkg;
  getFirstOutput = candidates: pkg:
    let present = b.filter (name: b.hasAttr name pkg) candidates; in
    if outputSpecified pkg || present == [ ] then pkg else pkg.${head present};

  cartesianProduct = lists:
    b.foldl' (acc: name: concatMap (partial: map (v: partial // { ${name} = v; }) lists.${name}) acc)
      [ { } ] (attrNames lists);

  # updateManyAttrsByPath: the updates whose path ends at `depth` apply to the value there,
  # after the deeper ones have been applied inside it.
  updateAt = depth: exists: value: updates:
    let
      split = b.partition (u: length u.path == depth) updates;
      deeper = lib.lists.groupBy (u: elemAt u.path depth) split.wrong;
      inner =
        if split.wrong == [ ] then
          (if exists then value
           else b.throw ("updateManyAttrsByPath: Path '${showAttrPath (head split.right).path}' does "
             + "not exist in the given value, but the first update to this "
             + "path tries to access the existing value."))
        else if !exists then mapAttrs (_: updateAt (depth + 1) false null) deeper
        else if isAttrs value then
          value // mapAttrs (name: updateAt (depth + 1) (value ? ${name}) value.${name}) deeper
        else
          let path = (head split.wrong).path; in
          b.throw ("updateManyAttrsByPath: Path '${showAttrPath path}' needs to "
            + "be updated, but path '${showAttrPath (lib.lists.take depth path)}' "
            + "of the given value is not an attribute set, so we can't "
            + "update an attribute inside of it.");
    in
    lib.lists.foldl (acc: u: u.update acc) inner split.right;

  matchAttrs = pattern: attrs:
    assert isAttrs pattern;
    b.all (name:
      attrs ? ${name} && (
        let want = pattern.${name}; have = attrs.${name}; in
        if isAttrs want then isAttrs have && matchAttrs want have else want == have))
      (attrNames pattern);

  filterAttrsRecursive = pred: set:
    listToAttrs (concatMap (name:
      let v = set.${name}; in
      if pred name v then [ (nameValuePair name (if isAttrs v then filterAttrsRecursive pred v else v)) ] else [ ])
      (attrNames set));

  collect = pred: x:
    if pred x then [ x ] else if isAttrs x then concatMap (collect pred) (attrValues x) else [ ];
in
{
  inherit (b) attrNames listToAttrs hasAttr isAttrs getAttr removeAttrs intersectAttrs attrValues
    catAttrs mapAttrs;
  inherit nameValuePair mapAttrsToList genAttrs attrByPath mapAttrsRecursiveCond zipAttrsWithNames
    zipAttrsWith recursiveUpdateUntil showAttrPath getOutput getFirstOutput cartesianProduct
    matchAttrs filterAttrsRecursive collect;

  # In 25.11 since master of 2025-09-01: the 2025-08-07 lib the lib cases use lacks it.
  "genAttrs'" = xs: f: listToAttrs (map f xs);

  hasAttrByPath = path: set:
    let
      n = length path;
      go = i: s: i == n || (let key = elemAt path i; in s ? ${key} && go (i + 1) s.${key});
    in
    go 0 set;
  longestValidPathPrefix = path: set:
    let
      n = length path;
      go = s: i:
        if i == n then path
        else let key = elemAt path i; in if s ? ${key} then go s.${key} (i + 1) else lib.lists.take i path;
    in
    go set 0;
  setAttrByPath = path: value:
    let
      n = length path;
      go = i: if i == n then value else { ${elemAt path i} = go (i + 1); };
    in
    go 0;
  getAttrFromPath = path: set:
    attrByPath path (b.abort ("cannot find attribute '" + b.concatStringsSep "." path + "'")) set;
  concatMapAttrs = f: set: b.foldl' (acc: x: acc // x) { } (attrValues (mapAttrs f set));
  updateManyAttrsByPath = updates: value: updateAt 0 true value updates;
  attrVals = names: set: map (name: set.${name}) names;
  getAttrs = names: set: genAttrs names (name: set.${name});
  filterAttrs = pred: set: b.removeAttrs set (b.filter (name: !pred name set.${name}) (attrNames set));
  foldlAttrs = f: init: set: b.foldl' (acc: name: f acc name set.${name}) init (attrNames set);
  foldAttrs = op: nul: sets:
    lib.lists.foldr (set: acc:
      lib.lists.foldr (name: o: o // { ${name} = op set.${name} (acc.${name} or nul); }) acc (attrNames set))
      { } sets;
  mapCartesianProduct = f: lists: map f (cartesianProduct lists);
  mapAttrs' = f: set: listToAttrs (mapAttrsToList f set);
  attrsToList = mapAttrsToList nameValuePair;
  mapAttrsRecursive = mapAttrsRecursiveCond (_: true);
  isDerivation = x: x.type or null == "derivation";
  toDerivation = path:
    let
      stored = b.storePath path;
      drv = {
        type = "derivation";
        name = lib.strings.sanitizeDerivationName (b.substring 33 (-1) (baseNameOf stored));
        outPath = stored;
        outputs = [ "out" ];
        out = drv;
        outputName = "out";
      };
    in
    drv;
  optionalAttrs = cond: set: if cond then set else { };
  zipAttrs = zipAttrsWith (_: values: values);
  mergeAttrsList = list:
    let
      merge = from: to:
        if to - from >= 2 then let mid = from + (to - from) / 2; in merge from mid // merge mid to
        else elemAt list from;
    in
    if list == [ ] then { } else merge 0 (length list);
  recursiveUpdate = recursiveUpdateUntil (_: lhs: rhs: !(isAttrs lhs && isAttrs rhs));
  overrideExisting = old: new: mapAttrs (name: value: new.${name} or value) old;
  getBin = getOutput "bin";
  getLib = getOutput "lib";
  getDev = getOutput "dev";
  getMan = getOutput "man";
  getStatic = getFirstOutput [ "static" "lib" "out" ];
  getInclude = getFirstOutput [ "include" "dev" "out" ];
  chooseDevOutputs = map (getOutput "dev");
  recurseIntoAttrs = set: set // { recurseForDerivations = true; };
  dontRecurseIntoAttrs = set: set // { recurseForDerivations = false; };
  unionOfDisjoint = x: y:
    let
      common = b.intersectAttrs x y;
      names = b.concatStringsSep " " (attrNames common);
    in
    x // y // mapAttrs (name: _: b.throw "unionOfDisjoint: collision on ${name}; complete list: ${names}") common;
  zipWithNames = lib.trivial.warn "lib.zipWithNames is a deprecated alias of lib.zipAttrsWithNames." zipAttrsWithNames;
  zip = lib.trivial.warn "lib.zip is a deprecated alias of lib.zipAttrsWith." zipAttrsWith;
  cartesianProductOfSets = lib.trivial.warnIf (lib.trivial.oldestSupportedReleaseIsAtLeast 2405)
    "lib.cartesianProductOfSets is a deprecated alias of lib.cartesianProduct." cartesianProduct;
}
