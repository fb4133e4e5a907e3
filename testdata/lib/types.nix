lib:
let
  t = lib.types;
  eval = type: value: (lib.evalModules { modules = [ { options.x = lib.mkOption { inherit type; }; config.x = value; } ]; }).config.x;
  evalDefs = type: values: (lib.evalModules { modules = map (v: { config.x = v; }) values ++ [ { options.x = lib.mkOption { inherit type; }; } ]; }).config.x;
in
{
  descriptions = map (ty: ty.description) [ t.bool t.str t.int t.float t.number t.path t.package t.anything t.raw t.attrs t.lines t.commas t.envVar t.port t.nonEmptyStr t.singleLineStr (t.listOf t.str) (t.attrsOf t.int) (t.lazyAttrsOf t.int) (t.nullOr t.str) (t.either t.int t.str) (t.oneOf [ t.int t.str t.bool ]) (t.enum [ "a" "b" ]) (t.enum [ "a" ]) (t.strMatching "[a-z]+") t.ints.u8 t.ints.s32 t.ints.unsigned t.ints.positive (t.ints.between 1 5) (t.nonEmptyListOf t.int) (t.separatedString ";") (t.uniq t.int) (t.functionTo t.int) (t.coercedTo t.int toString t.str) ];
  names = map (ty: ty.name) [ t.bool t.str t.int t.float t.number t.path t.pathInStore t.package t.anything t.raw t.attrs t.lines t.commas t.envVar (t.separatedString ";") t.port t.nonEmptyStr t.singleLineStr t.unspecified t.deferredModule t.optionType t.boolByOr t.shellPackage t.pkgs t.luaInline (t.listOf t.str) (t.nonEmptyListOf t.int) (t.attrsOf t.int) (t.lazyAttrsOf t.int) (t.attrsWith { elemType = t.int; lazy = true; }) (t.nullOr t.str) (t.either t.int t.str) (t.oneOf [ t.int t.str t.bool ]) (t.enum [ "a" "b" ]) (t.strMatching "[a-z]+") t.ints.u8 t.ints.s32 t.ints.unsigned t.ints.positive (t.ints.between 1 5) t.numbers.positive t.numbers.nonnegative (t.numbers.between 0 1) (t.uniq t.int) (t.unique { message = "m"; } t.int) (t.functionTo t.int) (t.coercedTo t.int toString t.str) (t.submodule { }) (t.submoduleWith { modules = [ ]; }) (t.attrTag { }) (t.addCheck t.int (x: true)) (t.passwdEntry t.str) (t.pathWith { }) ];
  descriptionClasses = map (ty: ty.descriptionClass) [ t.bool t.str t.int t.number t.attrs t.lines t.commas t.envVar t.port t.anything t.pkgs t.shellPackage (t.listOf t.str) (t.nonEmptyListOf t.int) (t.attrsOf t.int) (t.lazyAttrsOf t.int) (t.nullOr t.str) (t.either t.int t.str) (t.enum [ ]) (t.enum [ "a" ]) (t.enum [ "a" "b" ]) t.ints.unsigned (t.ints.between 1 5) t.numbers.positive t.numbers.nonnegative (t.numbers.between 0 1) (t.uniq t.int) (t.functionTo t.int) (t.coercedTo t.int toString t.str) (t.submodule { }) (t.attrTag { }) (t.passwdEntry t.str) ];
  descriptions-phrased = map (ty: ty.description) [ (t.enum [ 1 "a" true null ]) (t.attrTag { a = lib.mkOption { type = t.int; }; }) (t.either t.ints.unsigned t.str) (t.either t.numbers.positive t.str) (t.numbers.between 0.5 1.5) (t.nullOr (t.either t.ints.positive t.str)) (t.listOf t.lines) (t.nullOr t.lines) ];
  strMatching-functor = (t.strMatching "[a-z]+").functor.name;
  boolByOr = evalDefs t.boolByOr [ false true ];
  numbers-between = eval (t.numbers.between 0 1) 0.5;
  numbers-between-bad = eval (t.numbers.between 0 1) 2;
  numbers-nonnegative = eval t.numbers.nonnegative 0;
  numbers-positive-bad = eval t.numbers.positive 0;
  passwdEntry = eval (t.passwdEntry t.str) "ok";
  passwdEntry-bad = eval (t.passwdEntry t.str) "a:b";
  addCheck = eval (t.addCheck t.str (s: s != "")) "x";
  addCheck-listOf = evalDefs (t.addCheck (t.listOf t.int) (l: l != [ ])) [ [ 1 ] [ 2 ] ];
  pathWith-description = [ (t.pathWith { }).description (t.pathWith { absolute = true; }).description (t.pathWith { inStore = true; }).description ];
  luaInline = eval t.luaInline (lib.generators.mkLuaInline "x");
  attrTag = eval (t.attrTag { a = lib.mkOption { type = t.int; }; }) { a = 1; };
  isType = [ (t.isType "option-type" t.int) (t.isType "x" t.int) ];
  isOptionType = [ (t.isOptionType t.int) (t.isOptionType { }) ];
  setType = t.setType "foo" { a = 1; };
  optionDescriptionPhrase = t.optionDescriptionPhrase (c: c == "noun") (t.listOf t.int);
  mkOptionType = let ty = t.mkOptionType { name = "even"; check = x: builtins.isInt x && lib.mod x 2 == 0; }; in [ ty.name ty.description (ty.check 2) (eval ty 4) ];
  mkOptionType-bad = eval (t.mkOptionType { name = "even"; check = x: lib.mod x 2 == 0; }) 3;
  deferredModuleWith = (t.deferredModuleWith { }).description;
  loaOf = (t.loaOf t.int).description;
  shellPackage = t.shellPackage.description;
  types-self = t.types.int.description;
  str-check = [ (t.str.check or (x: "no check") "x") ];
  ints-u8-bad = eval t.ints.u8 256;
  enum-bad = eval (t.enum [ "a" ]) "b";
  listOf-merge = evalDefs (t.listOf t.int) [ [ 1 ] [ 2 3 ] ];
  attrsOf-merge = evalDefs (t.attrsOf t.int) [ { a = 1; } { b = 2; } ];
  submodule = eval (t.submodule { options.y = lib.mkOption { type = t.int; default = 3; }; }) { };
  ints-names = map (ty: ty.name) [ t.ints.u8 t.ints.u16 t.ints.u32 t.ints.s8 t.ints.s16 t.ints.s32 t.ints.unsigned t.ints.positive (t.ints.between 0 3) t.port ];
  ints-in-phrases = map (ty: ty.description) [ (t.nullOr t.ints.positive) (t.listOf t.ints.unsigned) (t.attrsOf t.ints.s8) ];
  ints-between-reversed = t.ints.between 5 1;
  ints-named-merge = [ (eval t.ints.u16 8080) (eval t.ints.s8 (-128)) (eval t.ints.unsigned 0) ];
  ints-s16-bad = eval t.ints.s16 32768;
  ints-positive-bad = eval t.ints.positive 0;
  checks-ints = map (ty: map ty.check [ (-1) 0 1 255 256 "1" ]) [ (t.ints.between 0 255) t.ints.u8 t.ints.s8 t.ints.unsigned t.ints.positive t.port ];
  checks-strings = map (ty: map ty.check [ "" "ab" "a\nb" 1 ]) [ (t.strMatching "[a-z]+") (t.separatedString ",") (t.enum [ "ab" 1 ]) ];
  checks-wrappers = [
    (map (t.nullOr t.int).check [ null 1 "x" ])
    (map (t.listOf t.int).check [ [ ] [ "x" ] { } ])
    (map (t.nonEmptyListOf t.int).check [ [ ] [ 1 ] ])
    (map (t.attrsOf t.int).check [ { } { a = "x"; } [ ] ])
    (map (t.lazyAttrsOf t.int).check [ { } [ ] ])
    (map (t.uniq t.int).check [ 1 "x" ])
    (map (t.either t.int t.bool).check [ 1 true "x" ])
    (map (t.oneOf [ t.int t.bool t.path ]).check [ "/x" "x" false ])
    (map (t.functionTo t.int).check [ (x: x) 1 ])
  ];
  checks-coercedTo = map (t.coercedTo t.int toString t.str).check [ 1 "1" true ];
  checks-coercedTo-bad-result = map (t.coercedTo t.int (x: x) t.str).check [ 1 "1" ];
  checks-modules = map (ty: map ty.check [ { } (x: x) /etc/hosts "/etc/hosts" "x" 1 ]) [ (t.submodule { }) t.deferredModule ];
  checks-package = map t.package.check [ "/nix/store/00000000000000000000000000000000-hello" "/nix/store/00000000000000000000000000000000-hello/bin" "hello" { type = "derivation"; } 1 ];
  checks-pathInStore = map t.pathInStore.check [ "/nix/store/00000000000000000000000000000000-hello/bin" "/etc" "x" ];
  checks-optionType = map t.optionType.check [ t.int { } ];
  pathWith-checks = map (ty: map ty.check [ "a/b" "/a/b" "/nix/store/00000000000000000000000000000000-hello" /etc/hosts 1 ]) [ (t.pathWith { }) (t.pathWith { absolute = false; }) (t.pathWith { absolute = true; }) (t.pathWith { inStore = false; }) (t.pathWith { inStore = true; }) ];
  pathWith-descriptions = map (a: (t.pathWith a).description) [ { inStore = false; absolute = true; } { inStore = false; } { absolute = false; inStore = false; } { absolute = false; } ];
  pathWith-relative = eval (t.pathWith { absolute = false; }) "conf/app.toml";
  pathWith-relative-bad = eval (t.pathWith { absolute = false; }) "/etc/app.toml";
}
