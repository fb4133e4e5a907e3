# lib.fixedPoints: fixed points, overlays and extensible sets. Written for ncc after
# nixpkgs lib 25.11.
lib:
let
  fix' = f: let x = f x // { __unfix__ = f; }; in x;
  extends = overlay: f: final: let prev = f final; in prev // overlay final prev;
  composeExtensions = f: g: final: prev:
    let applied = f final prev; in applied // g final (prev // applied);
  makeExtensibleWithCustomName = name: rattrs:
    fix' (self: rattrs self // { ${name} = f: makeExtensibleWithCustomName name (extends f rattrs); });
in
{
  inherit fix' extends composeExtensions makeExtensibleWithCustomName;
  fix = f: let x = f x; in x;
  converge = f: x: let next = f x; in if next == x then x else lib.fixedPoints.converge f next;
  composeManyExtensions = lib.lists.foldr composeExtensions (_: _: { });
  makeExtensible = makeExtensibleWithCustomName "extend";
  toExtension = f:
    if lib.trivial.isFunction f then
      final: prev:
        let applied = f prev; in
        if lib.trivial.isFunction applied then f final prev else applied
    else _: _: f;
}
