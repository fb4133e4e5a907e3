# Lists nested 10,000 deep and 100,000 long, forced, compared, printed and serialised.
let
  nest = depth: builtins.foldl' (inner: _: [ inner ]) [ ] (builtins.genList (i: i) depth);
  deep = nest 10000;
  long = builtins.genList (i: { value = i; }) 100000;
in
{
  forced = builtins.deepSeq deep "forced";
  equal = deep == nest 10000;
  # `<` compares the first differing elements for equality and then again for order, at
  # every level, as Nix does: quadratic in the depth.
  less = nest 1000 < nest 1001;
  json = builtins.stringLength (builtins.toJSON deep);
  xml = builtins.stringLength (builtins.toXML (nest 100));
  string = toString deep;
  longJson = builtins.stringLength (builtins.toJSON long);
  longEqual = long == builtins.genList (i: { value = i; }) 100000;
  cyclic = builtins.deepSeq (let as = { x = 123; y = as; }; in as) "done";
}
