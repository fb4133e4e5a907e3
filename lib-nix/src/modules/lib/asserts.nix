# lib.asserts: assertions with messages. Written for ncc after nixpkgs lib 25.11.
lib:
let
  b = builtins;
  assertMsg = pred: msg: pred || b.throw msg;
  pretty = lib.generators.toPretty { };
in
{
  inherit assertMsg;
  assertOneOf = name: value: valid:
    assertMsg (b.elem value valid) "${name} must be one of ${pretty valid}, but is: ${pretty value}";
  assertEachOneOf = name: values: valid:
    assertMsg (b.all (v: b.elem v valid) values)
      "each element in ${name} must be one of ${pretty valid}, but is: ${pretty values}";
  checkAssertWarn = assertions: warnings: value:
    let failed = map (a: a.message) (b.filter (a: !a.assertion) assertions); in
    if failed != [ ] then b.throw "\nFailed assertions:\n${b.concatStringsSep "\n" (map (m: "- ${m}") failed)}"
    else lib.trivial.showWarnings warnings value;
}
