# lib.path: path values and relative subpath strings. Written for ncc after the behaviour
# of nixpkgs lib 25.11.
lib:
let
  b = builtins;
  inherit (b) isString isPath typeOf length head elemAt;
  assertMsg = lib.asserts.assertMsg;

  invalidReason = value:
    if !isString value then "The given value is of type ${typeOf value}, but a string was expected"
    else if value == "" then "The given string is empty"
    else if b.substring 0 1 value == "/" then "The given string \"${value}\" starts with a `/`, representing an absolute path"
    else if b.match "(.*/)?\\.\\.(/.*)?" value != null then "The given string \"${value}\" contains a `..` component, which is not allowed in subpaths"
    else null;
  isValid = value: invalidReason value == null;

  # The components of a valid subpath, without `.` and empty ones.
  components = s:
    let
      parts = b.split "/+(\\./+)*" s;
      count = length parts / 2 + 1;
      skipStart = if head parts == "." then 1 else 0;
      skipEnd = let l = lib.lists.last parts; in if l == "." || l == "" then 1 else 0;
    in
    if s == "." then [ ] else b.genList (i: elemAt parts ((skipStart + i) * 2)) (count - skipStart - skipEnd);
  join = parts: "./" + (if parts == [ ] then "." else b.concatStringsSep "/" parts);

  deconstruct = path:
    let go = parts: p: if p == dirOf p then { root = p; components = parts; } else go ([ (baseNameOf p) ] ++ parts) (dirOf p);
    in go [ ] path;

  storeParts = components ("./" + b.storeDir);
  hasStorePrefix = parts:
    lib.lists.hasPrefix storeParts parts && storeParts != parts
    && b.match ".{32}-.+" (elemAt parts (length storeParts)) != null
    || parts != [ ] && b.match "[0-9a-z]{52}" (head parts) != null;

  sameRoot = fn: p1: d1: p2: d2: ''
    lib.path.${fn}: Filesystem roots must be the same for both paths, but paths with different roots were given:
        first argument: "${toString p1}" with root "${toString d1.root}"
        second argument: "${toString p2}" with root "${toString d2.root}"'';
in
{
  append = path: subpath:
    assert assertMsg (isPath path) "lib.path.append: The first argument is of type ${typeOf path}, but a path was expected";
    assert assertMsg (isValid subpath) ''
      lib.path.append: Second argument is not a valid subpath string:
          ${invalidReason subpath}'';
    path + ("/" + subpath);
  hasPrefix = p1:
    assert assertMsg (isPath p1) "lib.path.hasPrefix: First argument is of type ${typeOf p1}, but a path was expected";
    let d1 = deconstruct p1; in
    p2:
    assert assertMsg (isPath p2) "lib.path.hasPrefix: Second argument is of type ${typeOf p2}, but a path was expected";
    let d2 = deconstruct p2; in
    assert assertMsg (d1.root == d2.root) (sameRoot "hasPrefix" p1 d1 p2 d2);
    lib.lists.take (length d1.components) d2.components == d1.components;
  removePrefix = p1:
    assert assertMsg (isPath p1) "lib.path.removePrefix: First argument is of type ${typeOf p1}, but a path was expected.";
    let d1 = deconstruct p1; n = length d1.components; in
    p2:
    assert assertMsg (isPath p2) "lib.path.removePrefix: Second argument is of type ${typeOf p2}, but a path was expected.";
    let
      d2 = deconstruct p2;
      rest =
        if lib.lists.take n d2.components == d1.components then lib.lists.drop n d2.components
        else b.throw "lib.path.removePrefix: The first path argument \"${toString p1}\" is not a component-wise prefix of the second path argument \"${toString p2}\".";
    in
    assert assertMsg (d1.root == d2.root) (sameRoot "removePrefix" p1 d1 p2 d2);
    join rest;
  splitRoot = path:
    assert assertMsg (isPath path) "lib.path.splitRoot: Argument is of type ${typeOf path}, but a path was expected";
    let d = deconstruct path; in { root = d.root; subpath = join d.components; };
  hasStorePathPrefix = path:
    let d = deconstruct path; in
    assert assertMsg (isPath path) "lib.path.hasStorePathPrefix: Argument is of type ${typeOf path}, but a path was expected";
    assert assertMsg (d.root == /. && toString d.root == "/")
      "lib.path.hasStorePathPrefix: Argument has a filesystem root (${toString d.root}) that's not /, which is currently not supported.";
    hasStorePrefix d.components;
  subpath = {
    inherit isValid;
    join = subpaths:
      if b.all isValid subpaths then join (b.concatMap components subpaths)
      else b.foldl' (i: p: if isValid p then i + 1 else b.throw ''
        lib.path.subpath.join: Element at index ${toString i} is not a valid subpath string:
            ${invalidReason p}'') 0 subpaths;
    components = s:
      assert assertMsg (isValid s) ''
        lib.path.subpath.components: Argument is not a valid subpath string:
            ${invalidReason s}'';
      components s;
    normalise = s:
      assert assertMsg (isValid s) ''
        lib.path.subpath.normalise: Argument is not a valid subpath string:
            ${invalidReason s}'';
      join (components s);
  };
}
