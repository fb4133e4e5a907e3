# lib.lists: functions on lists. Written for ncc after the behaviour of nixpkgs lib 25.11.
lib:
let
  b = builtins;
  inherit (b) length elemAt genList filter elem head tail;

  clamp0 = n: if n < 0 then 0 else n;

  sublist = start: count: list:
    let
      len = length list;
      n = if start >= len then 0 else if start + count > len then len - start else count;
    in
    genList (i: elemAt list (i + start)) n;

  take = count: sublist 0 count;
  drop = count: list: sublist count (length list) list;

  foldl = op: nul: list:
    let go = i: if i < 0 then nul else op (go (i - 1)) (elemAt list i);
    in go (length list - 1);

  foldr = op: nul: list:
    let
      len = length list;
      go = i: if i == len then nul else op (elemAt list i) (go (i + 1));
    in
    go 0;

  foldl' = op: acc: b.seq acc (b.foldl' op acc);

  findFirstIndex = pred: default: list:
    let
      # Negative while searching (-1 - index), the index once found.
      found = b.foldl' (i: x: if i >= 0 then i else if pred x then -i - 1 else i - 1) (-1) list;
    in
    if found < 0 then default else found;

  zipListsWith = f: xs: ys:
    genList (i: f (elemAt xs i) (elemAt ys i)) (lib.trivial.min (length xs) (length ys));

  compareLists = cmp: xs: ys:
    if xs == [ ] then (if ys == [ ] then 0 else -1)
    else if ys == [ ] then 1
    else
      let c = cmp (head xs) (head ys); in
      if c == 0 then compareLists cmp (tail xs) (tail ys) else c;

  unique = foldl' (acc: x: if elem x acc then acc else acc ++ [ x ]) [ ];

  reverseList = xs: let n = length xs; in genList (i: elemAt xs (n - 1 - i)) n;

  # Depth-first search from the head of `list` for an element nothing else comes before.
  listDfs = stopOnCycles: before: list:
    let
      go = current: visited: rest:
        let
          loops = filter (x: before x current) visited;
          split = b.partition (x: before x current) rest;
        in
        if stopOnCycles && loops != [ ] then { cycle = current; inherit loops visited rest; }
        else if split.right == [ ] then { minimal = current; inherit visited rest; }
        else go (head split.right) ([ current ] ++ visited) (tail split.right ++ split.wrong);
    in
    go (head list) [ ] (tail list);

  toposort = before: list:
    let
      search = listDfs true before list;
      others = toposort before (search.visited ++ search.rest);
    in
    if length list < 2 then { result = list; }
    else if search ? cycle then { cycle = reverseList ([ search.cycle ] ++ search.visited); inherit (search) loops; }
    else if others ? cycle then others
    else { result = [ search.minimal ] ++ others.result; };

  crossListsWarning = ''
    lib.crossLists is deprecated, use lib.mapCartesianProduct instead.

    For example, the following function call:

    nix-repl> lib.crossLists (x: y: x+y) [[1 2] [3 4]]
    [ 4 5 5 6 ]

    Can now be replaced by the following one:

    nix-repl> lib.mapCartesianProduct ({x,y}: x+y) { x = [1 2]; y = [3 4]; }
    [ 4 5 5 6 ]
  '';
in
{
  inherit (b) head tail length isList elemAt concatLists filter elem genList map concatMap any
    all partition sort;
  inherit sublist take drop foldl foldr foldl' findFirstIndex zipListsWith compareLists unique
    reverseList listDfs toposort;

  singleton = x: [ x ];
  forEach = xs: f: map f xs;
  fold = foldr;
  imap0 = f: list: genList (i: f i (elemAt list i)) (length list);
  imap1 = f: list: genList (i: f (i + 1) (elemAt list i)) (length list);
  ifilter0 = pred: list:
    map (i: elemAt list i) (filter (i: pred i (elemAt list i)) (genList (i: i) (length list)));
  flatten = x: if b.isList x then b.concatMap lib.lists.flatten x else [ x ];
  remove = x: filter (y: y != x);
  findSingle = pred: default: multiple: list:
    let found = filter pred list; in
    if found == [ ] then default else if length found != 1 then multiple else head found;
  findFirst = pred: default: list:
    let i = findFirstIndex pred null list; in
    if i == null then default else elemAt list i;
  count = pred: foldl' (n: x: if pred x then n + 1 else n) 0;
  optional = cond: x: if cond then [ x ] else [ ];
  optionals = cond: xs: if cond then xs else [ ];
  toList = x: if b.isList x then x else [ x ];
  range = first: last: if first > last then [ ] else genList (i: first + i) (last - first + 1);
  replicate = n: x: genList (_: x) n;
  groupBy' = op: nul: key: list: b.mapAttrs (_: foldl op nul) (lib.lists.groupBy key list);
  groupBy = b.groupBy or (key: b.foldl' (acc: x: let k = key x; in acc // { ${k} = (acc.${k} or [ ]) ++ [ x ]; }) { });
  zipLists = zipListsWith (fst: snd: { inherit fst snd; });
  sortOn = f: list:
    map (pair: elemAt pair 1) (b.sort (x: y: head x < head y) (map (x: [ (f x) x ]) list));
  naturalSort = list:
    let
      chunks = s: map (part: if b.isList part then lib.strings.toInt (head part) else part) (b.split "(0|[1-9][0-9]*)" s);
      keyed = map (s: [ (chunks s) s ]) list;
    in
    map (pair: elemAt pair 1) (b.sort (x: y: compareLists lib.trivial.compare (head x) (head y) < 0) keyed);
  takeEnd = n: xs: drop (clamp0 (length xs - n)) xs;
  dropEnd = n: xs: take (clamp0 (length xs - n)) xs;
  hasPrefix = prefix: list: take (length prefix) list == prefix;
  removePrefix = prefix: list:
    if take (length prefix) list == prefix then drop (length prefix) list
    else b.throw "lib.lists.removePrefix: First argument is not a list prefix of the second argument";
  commonPrefix = xs: ys:
    let differs = zipListsWith (x: y: x != y) xs ys;
    in take (findFirstIndex (d: d) (length differs) differs) xs;
  last = list:
    assert lib.assertMsg (list != [ ]) "lists.last: list must not be empty!";
    elemAt list (length list - 1);
  init = list:
    assert lib.assertMsg (list != [ ]) "lists.init: list must not be empty!";
    take (length list - 1) list;
  crossLists = lib.trivial.warn crossListsWarning
    (f: foldl (fs: args: b.concatMap (g: map g args) fs) [ f ]);
  allUnique = list: length (unique list) == length list;
  intersectLists = xs: filter (x: elem x xs);
  subtractLists = xs: filter (x: !(elem x xs));
  mutuallyExclusive = xs: ys: xs == [ ] || !(b.any (y: elem y xs) ys);
}
