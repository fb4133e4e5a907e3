# lib.fileset: file sets. ncc evaluates no store and copies no files, so a file set is
# kept as the list of paths it names; `toSource` gives back its root with the files
# listed, and the predicates read directories through `builtins.readDir`.
lib:
let
  b = builtins;
  isFileset = x: (x._type or null) == "fileset";
  fileset = paths: { _type = "fileset"; inherit paths; };
  coerce = context: x:
    if isFileset x then x
    else if b.isPath x then
      (if b.pathExists x then fileset [ x ]
       else b.throw "lib.fileset.${context}: Argument (${toString x}) is a path that does not exist.\n    To create a file set from a path that may not exist, use `lib.fileset.maybeMissing`.")
    else if b.isString x then b.throw "lib.fileset.${context}: Argument (\"${x}\") is a string-like value, but it should be a file set or a path instead.\n    Paths represented as strings are not supported by `lib.fileset`, use `lib.sources` or do your own filtering with `builtins.path`."
    else b.throw "lib.fileset.${context}: Argument is of type ${b.typeOf x}, but it should be a file set or a path instead.";
  under = root: path: path == root || lib.strings.hasPrefix (toString root + "/") (toString path);
  listed = set: b.concatMap (p: if lib.filesystem.pathIsDirectory p then lib.filesystem.listFilesRecursive p else [ p ]) set.paths;
in
{
  union = x: y: fileset ((coerce "union" x).paths ++ (coerce "union" y).paths);
  unions = sets: fileset (b.concatMap (s: (coerce "unions" s).paths) sets);
  intersection = x: y:
    let left = listed (coerce "intersection" x); right = listed (coerce "intersection" y); in
    fileset (b.filter (p: b.elem p right) left);
  difference = x: y:
    let keep = listed (coerce "difference" x); drop = (coerce "difference" y).paths; in
    fileset (b.filter (p: !b.any (d: under d p) drop) keep);
  maybeMissing = path: if b.pathExists path then fileset [ path ] else fileset [ ];
  fileFilter = pred: path:
    fileset (b.filter (p: pred { name = baseNameOf p; hasExt = ext: lib.strings.hasSuffix ".${ext}" (baseNameOf p); type = "regular"; }) (lib.filesystem.listFilesRecursive path));
  fromSource = source: fileset [ (source.origSrc or source) ];
  toList = set: listed (coerce "toList" set);
  toSource = { root, fileset }:
    let files = listed (coerce "toSource" fileset); in
    lib.sources.cleanSourceWith {
      src = root;
      filter = path: type: b.any (f: under (/. + path) f || under f (/. + path)) files;
    };
  gitTracked = path: lib._nccCore.unknown "the files git tracks in ${toString path} (`lib.fileset.gitTracked')";
  gitTrackedWith = _: path: lib._nccCore.unknown "the files git tracks in ${toString path} (`lib.fileset.gitTrackedWith')";
  trace = set: value: b.trace (map toString (listed (coerce "trace" set))) value;
  traceVal = set: b.trace (map toString (listed (coerce "traceVal" set))) set;
}
