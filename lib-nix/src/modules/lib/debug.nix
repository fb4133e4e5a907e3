# lib.debug: tracing and the runTests harness. Written for ncc after nixpkgs lib 25.11.
lib:
let
  b = builtins;
  inherit (b) trace isList isAttrs;

  traceValFn = f: x: trace (f x) x;
  traceSeqN = depth: x: y:
    let
      shown = text: v: { __pretty = _: text; val = v; };
      cut = v: if isList v then shown "[…]" v else if isAttrs v then shown "{…}" v else v;
      limit = n: v:
        if n == 0 then cut v
        else if isList v then map (limit (n - 1)) v
        else if isAttrs v then b.mapAttrs (_: limit (n - 1)) v
        else v;
    in
    trace (lib.generators.toPretty { allowPrettyValues = true; } (limit depth x)) y;
in
{
  inherit traceValFn traceSeqN;
  traceIf = pred: msg: x: if pred then trace msg x else x;
  traceVal = traceValFn (x: x);
  traceSeq = x: y: trace (b.deepSeq x x) y;
  traceValSeqFn = f: v: traceValFn f (b.deepSeq v v);
  traceValSeq = v: traceValFn (x: x) (b.deepSeq v v);
  traceValSeqNFn = f: depth: v: traceSeqN depth (f v) v;
  traceValSeqN = depth: v: traceSeqN depth v v;
  traceFnSeqN = depth: name: f: v:
    let result = f v; in traceSeqN (depth + 1) { fn = name; from = v; to = result; } result;
  runTests = tests:
    let
      only = tests.tests or [ ];
      failing = name: test:
        (b.substring 0 4 name == "test" || b.elem name only)
        && (only == [ ] || b.elem name tests.tests)
        && test.expr != test.expected;
    in
    b.concatLists (b.attrValues (b.mapAttrs (name: test:
      if failing name test then [ { inherit name; expected = test.expected; result = test.expr; } ] else [ ])
      tests));
  testAllTrue = expr: { inherit expr; expected = map (_: true) expr; };
}
