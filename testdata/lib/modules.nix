lib:
let
  eval = modules: (lib.evalModules { inherit modules; }).config;
  opt = type: lib.mkOption { inherit type; };
in
{
  evalModules-class-refused = (lib.evalModules { class = "nixos"; modules = [ { imports = [ { _file = "darwin.nix"; _class = "darwin"; } ]; } ]; }).config;
  evalModules-class-accepted = (lib.evalModules { class = "nixos"; modules = [ { _class = "nixos"; options.x = lib.mkOption { default = 1; }; } ]; }).config;
  evalModules-class-unchecked = (lib.evalModules { modules = [ { _class = "darwin"; options.x = lib.mkOption { default = 1; }; } ]; }).config;
  evalModules-type-class = let r = lib.evalModules { class = "nixos"; modules = [ ]; }; in [ r._type r.class ];
  mkIf = lib.mkIf true 1;
  mkMerge = lib.mkMerge [ 1 2 ];
  mkOverride = lib.mkOverride 10 1;
  mkDefault-mkForce = [ (lib.mkDefault 1) (lib.mkForce 2) (lib.mkOptionDefault 3) (lib.mkImageMediaOverride 4) (lib.mkVMOverride 5) ];
  mkOrder = [ (lib.mkBefore 1) (lib.mkAfter 2) (lib.mkOrder 3 4) ];
  priorities = [ lib.modules.defaultOrderPriority lib.modules.defaultOverridePriority lib.modules.defaultPriority ];
  priorities-not-top-level = lib.defaultOrderPriority;
  mkAssert = lib.mkAssert true "m" 1;
  mkAssert-fails = (lib.mkAssert false "it is false" 1).condition;
  mkDefinition = lib.mkDefinition { file = "f"; value = 1; };
  mkFixStrictness = lib.mkFixStrictness 1;
  pushDownProperties = lib.pushDownProperties (lib.mkIf true { a = 1; b = lib.mkMerge [ 2 ]; });
  dischargeProperties = lib.dischargeProperties (lib.mkMerge [ (lib.mkIf true 1) (lib.mkIf false 2) 3 ]);
  dischargeProperties-bad = lib.dischargeProperties (lib.mkIf "yes" 1);
  filterOverrides = lib.filterOverrides [ { file = "a"; value = lib.mkDefault 1; } { file = "b"; value = 2; } { file = "c"; value = lib.mkForce 3; } ];
  filterOverrides' = lib.modules.filterOverrides' [ { file = "a"; value = lib.mkDefault 1; } ];
  sortProperties = lib.sortProperties [ { value = lib.mkAfter 1; } { value = 2; } { value = lib.mkBefore 3; } ];
  setDefaultModuleLocation = lib.setDefaultModuleLocation "f.nix" { a = 1; };
  unifyModuleSyntax = lib.unifyModuleSyntax "f" "k" { imports = [ ]; x = 1; };
  unifyModuleSyntax-bad = lib.unifyModuleSyntax "f" "k" { config = { }; x = 1; };
  applyModuleArgsIfFunction = lib.applyModuleArgsIfFunction "k" ({ config, a, ... }: a) { config = { }; a = 3; };
  mkAliasDefinitions = eval [
    { options.a = opt lib.types.int; options.b = opt lib.types.int; }
    ({ options, ... }: { b = lib.mkAliasDefinitions options.a; })
    { a = 4; }
  ];
  mkDerivedConfig = eval [
    { options.a = opt lib.types.str; options.b = opt lib.types.str; }
    ({ options, ... }: { b = lib.mkDerivedConfig options.a (x: x + "!"); })
    { a = lib.mkDefault "x"; }
  ];
  mkChangedOptionModule = eval [
    (lib.mkChangedOptionModule [ "old" ] [ "new" ] (config: config.old * 2))
    { options.new = opt lib.types.int; options.warnings = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; }; }
    { old = 21; }
  ];
  mkMergedOptionModule = (eval [
    (lib.mkMergedOptionModule [ [ "a" ] [ "b" ] ] [ "c" ] (config: "${config.a}-${config.b}"))
    { options.c = opt lib.types.str; options.warnings = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; }; }
    { a = "x"; b = "y"; }
  ]).c;
  mkRenamedOptionModuleWith = (eval [
    (lib.mkRenamedOptionModuleWith { from = [ "o" ]; to = [ "n" ]; sinceRelease = 2305; })
    { options.n = opt lib.types.int; }
    { o = 3; }
  ]).n;
  mkRenamedOptionModule-priority = (eval [
    (lib.mkRenamedOptionModule [ "o" ] [ "n" ])
    { options.n = opt lib.types.int; }
    { o = lib.mkForce 3; n = 4; }
  ]).n;
  mkAliasOptionModuleMD = (eval [
    (lib.mkAliasOptionModuleMD [ "o" ] [ "n" ])
    { options.n = opt lib.types.int; }
    { o = 3; }
  ]).o;
  options-isOption = [ (lib.isOption (lib.mkOption { })) (lib.isOption { }) ];
  options-mkOption = lib.mkOption { default = 1; description = "d"; };
  options-mkSinkUndeclaredOptions = (lib.mkSinkUndeclaredOptions { }).internal;
  options-mergeDefaultOption = [ (lib.mergeDefaultOption [ "a" ] [ { file = "x"; value = [ 1 ]; } { file = "y"; value = [ 2 ]; } ]) (lib.mergeDefaultOption [ "a" ] [ { value = "a"; } { value = "b"; } ]) (lib.mergeDefaultOption [ "a" ] [ { value = true; } { value = false; } ]) ];
  options-mergeDefaultOption-bad = lib.mergeDefaultOption [ "a" ] [ { file = "x"; value = 1; } { file = "y"; value = "s"; } ];
  options-mergeOneOption = lib.mergeOneOption [ "a" ] [ { file = "x"; value = 1; } ];
  options-mergeOneOption-bad = lib.mergeOneOption [ "a" "b" ] [ { file = "x"; value = 1; } { file = "y"; value = 2; } ];
  options-mergeEqualOption = lib.mergeEqualOption [ "a" ] [ { file = "x"; value = 1; } { file = "y"; value = 1; } ];
  options-mergeEqualOption-bad = lib.mergeEqualOption [ "a" ] [ { file = "x"; value = 1; } { file = "y"; value = 2; } ];
  options-mergeUniqueOption = lib.mergeUniqueOption { message = "m"; } [ "a" ] [ { file = "x"; value = 1; } ];
  options-getValues-getFiles = [ (lib.getValues [ { value = 1; } ]) (lib.getFiles [ { file = "f"; } ]) ];
  options-scrubOptionValue = lib.scrubOptionValue { a = { type = "derivation"; name = "n"; }; b = [ 1 ]; _args = 1; c._args = 2; };
  options-literal = [ (lib.literalExpression "pkgs.x") (lib.literalMD "*x*") (lib.literalExample "y") ];
  options-literalExpression-bad = lib.literalExpression 1;
  options-showOption = [ (lib.showOption [ "a" "b-c" "d.e" "<name>" "*" ]) (lib.showOption [ ]) ];
  options-showFiles = lib.showFiles [ "a.nix" "b.nix" ];
  options-showDefs = lib.options.showDefs [ { file = "a.nix"; value = { x = 1; }; } { file = "b.nix"; value = "s"; } ];
  options-showOptionWithDefLocs = lib.showOptionWithDefLocs { loc = [ "a" "b" ]; files = [ "x.nix" ]; };
  options-unknownModule = lib.unknownModule;
  options-renderOptionValue = [ (lib.options.renderOptionValue { a = 1; }) (lib.options.renderOptionValue (lib.literalMD "x")) ];
  options-mkPackageOptionMD = (lib.mkPackageOptionMD { a = 1; } "a" { }).default;
  options-mkPackageOption-example = let o = lib.mkPackageOption { a = 1; } "a" { example = [ "b" "c" ]; extraDescription = "More."; }; in [ o.example o.description o.default ];
  undeclared-read = eval [ { options.a = opt lib.types.int; } { a = 1; b = 2; } ];
  undeclared-options-read = builtins.attrNames (lib.evalModules { modules = [ { b = 2; } ]; }).options;
  undeclared-unread = (lib.evalModules { modules = [ { b = 2; } ]; }) ? config;
  undeclared-tryEval = builtins.tryEval (eval [ { b = 2; } ]).b;
  options-of-result = let o = (lib.evalModules { modules = [ { options.a = opt lib.types.int // { default = 1; }; options.b = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ 0 ]; }; options.c = opt lib.types.int; } { b = lib.mkOptionDefault [ 2 ]; } ]; }).options; in
    map (x: { inherit (x) isDefined definitions highestPrio value; }) [ o.a o.b ] ++ [ { inherit (o.c) isDefined definitions highestPrio; } ];
  default-among-definitions = eval [
    { options.a = opt (lib.types.attrsOf lib.types.int) // { default = { x = 1; }; }; options.b = opt (lib.types.attrsOf lib.types.int); options.c = opt (lib.types.attrsOf lib.types.int); }
    ({ options, ... }: { b = lib.modules.mkAliasAndWrapDefsWithPriority lib.id options.a; c = lib.mkAliasDefinitions options.a; })
  ];
  deferredModule-files = map (m: m._file) (eval [ { options.plugin = opt lib.types.deferredModule; } { plugin = { x = 1; }; } { plugin.y = 2; } ]).plugin.imports;
  types-check-replaced = [
    ((lib.types.str // { check = x: x == "ok"; }).check "no")
    (builtins.tryEval (eval [ { options.s = opt (lib.types.str // { check = x: x == "ok"; }); } { s = "no"; } ]).s).success
    (eval [ { options.s = opt (lib.types.str // { check = x: x == "ok"; }); } { s = "ok"; } ]).s
    (eval [ { options.l = opt (lib.types.listOf lib.types.int // { check = l: builtins.length l < 3; }); } { l = [ 1 ]; } { l = [ 2 ]; } ]).l
  ];
}
