# lib.trivial: small combinators, numbers, booleans, versions of nixpkgs and warnings.
# Written for ncc after the behaviour of nixpkgs lib 25.11.
lib:
let
  b = builtins;

  hexDigit = d: b.substring d 1 "0123456789ABCDEF";

  # Digits of a non-negative integer in `base`, most significant first.
  digitsOf = base: n: if n < base then [ n ] else digitsOf base (n / base) ++ [ (n - (n / base) * base) ];

  functionArgs = f:
    if f ? __functor then f.__functionArgs or (functionArgs (f.__functor f))
    else b.functionArgs f;

  isFunction = f: b.isFunction f || (f ? __functor && isFunction (f.__functor f));

  setFunctionArgs = f: args: { __functor = _: f; __functionArgs = args; };

  # nixpkgs prints warnings coloured when `builtins.warn` is missing (Nix before 2.23), and
  # aborts when NIX_ABORT_ON_WARN is set; ncc reads no environment, so it never aborts.
  warn = b.warn or (msg: value:
    assert b.isString msg;
    b.trace "[1;35mevaluation warning:[0m ${msg}" value);

  release = "25.11";
  versionSuffix = "pre-git";
  oldestSupportedRelease = 2505;
  oldestSupportedReleaseIsAtLeast = r: r <= oldestSupportedRelease;
in
{
  id = x: x;
  const = x: _: x;
  pipe = value: fs: b.foldl' (acc: f: f acc) value fs;
  concat = x: y: x ++ y;
  or = x: y: x || y;
  and = x: y: x && y;
  xor = x: y: (!x) != (!y);
  bitNot = b.sub (-1);
  boolToString = c: if c then "true" else "false";
  mergeAttrs = x: y: x // y;
  flip = f: x: y: f y x;
  defaultTo = default: value: if value == null then default else value;
  mapNullable = f: x: if x == null then null else f x;

  inherit (b) pathExists readFile isBool isInt isFloat add sub lessThan seq deepSeq
    bitAnd bitOr bitXor;
  genericClosure = b.genericClosure or ({ startSet, operator }:
    let
      walk = todo: seen: done:
        if todo == [ ] then done
        else
          let x = b.head todo; in
          if b.elem x.key seen then walk (b.tail todo) seen done
          else walk (b.tail todo ++ operator x) (seen ++ [ x.key ]) (done ++ [ x ]);
    in
    walk startSet [ ] [ ]);

  inherit release versionSuffix oldestSupportedRelease oldestSupportedReleaseIsAtLeast;
  version = release + versionSuffix;
  codeName = "Xantusia";
  isInOldestRelease = lib.warnIf (oldestSupportedReleaseIsAtLeast 2411)
    "lib.isInOldestRelease is deprecated. Use lib.oldestSupportedReleaseIsAtLeast instead."
    oldestSupportedReleaseIsAtLeast;
  # ncc has no git checkout of nixpkgs to read a revision from.
  revisionWithDefault = default: default;
  nixpkgsVersion = warn "lib.nixpkgsVersion is a deprecated alias of lib.version." (release + versionSuffix);
  # ncc reads no environment: never inside nix-shell.
  inNixShell = false;
  inPureEvalMode = !(b ? currentSystem);

  min = x: y: if x < y then x else y;
  max = x: y: if x > y then x else y;
  mod = base: int: base - int * (b.div base int);
  compare = a: c: if a < c then -1 else if a > c then 1 else 0;
  splitByAndCompare = p: yes: no: x: y:
    let px = p x; py = p y; in
    if px && py then yes x y
    else if px then -1
    else if py then 1
    else no x y;

  importJSON = path: b.fromJSON (b.readFile path);
  importTOML = path: b.fromTOML (b.readFile path);

  inherit warn;
  warnIf = cond: msg: if cond then warn msg else x: x;
  warnIfNot = cond: msg: if cond then x: x else warn msg;
  throwIf = cond: msg: if cond then b.throw msg else x: x;
  throwIfNot = cond: msg: if cond then x: x else b.throw msg;
  checkListOfEnum = msg: valid: given:
    let
      unexpected = b.filter (x: !b.elem x valid) given;
      show = xs: b.concatStringsSep ", " (map b.toString xs);
    in
    if unexpected == [ ] then x: x
    else b.throw "${msg}: ${show unexpected} unexpected; valid ones: ${show valid}";
  info = msg: b.trace "INFO: ${msg}";
  showWarnings = warnings: result: b.foldl' (acc: w: warn w acc) result (lib.reverseList warnings);

  inherit functionArgs isFunction setFunctionArgs;
  mirrorFunctionArgs = f: g: setFunctionArgs g (functionArgs f);
  toFunction = v: if isFunction v then v else _: v;

  fromHexString = s:
    let
      digits = lib.strings.stringToCharacters (lib.strings.removePrefix "0x" (lib.strings.toLower s));
      value = d: let i = lib.lists.findFirstIndex (c: c == d) null (lib.strings.stringToCharacters "0123456789abcdef"); in
        if i == null then b.throw "fromHexString: ${s} is not a hexadecimal number" else i;
    in
    b.foldl' (acc: d: acc * 16 + value d) 0 digits;
  toHexString = n: b.concatStringsSep "" (map hexDigit (lib.trivial.toBaseDigits 16 n));
  toBaseDigits = base: n:
    assert b.isInt base;
    assert b.isInt n;
    assert base >= 2;
    assert n >= 0;
    digitsOf base n;
}
