# lib.customisation: overridable functions, callPackage and package scopes. Written for
# ncc after the behaviour of nixpkgs lib 25.11.
lib:
let
  b = builtins;
  inherit (lib.trivial) isFunction functionArgs setFunctionArgs mirrorFunctionArgs;
  inherit (lib.attrsets) isDerivation;

  overrideDerivation = drv: f:
    lib.customisation.extendDerivation (b.seq drv.drvPath true)
      ({ meta = drv.meta or { }; passthru = drv.passthru or { }; }
        // (drv.passthru or { })
        // lib.attrsets.optionalAttrs (drv ? __spliced) {
          __spliced = b.mapAttrs (_: spliced: overrideDerivation spliced f) drv.__spliced;
        })
      (derivation (drv.drvAttrs // f drv));

  makeOverridable = f:
    let mirror = mirrorFunctionArgs f; in
    mirror (args:
      let
        result = f args;
        withArgs = extra: args // (if isFunction extra then extra args else extra);
        override = mirror (extra: makeOverridable f (withArgs extra));
        overrideResult = g: makeOverridable (mirror (a: g (f a))) args;
      in
      if b.isAttrs result then
        result // {
          inherit override;
          overrideDerivation = fdrv: overrideResult (x: overrideDerivation x fdrv);
          ${if result ? overrideAttrs then "overrideAttrs" else null} = fdrv: overrideResult (x: x.overrideAttrs fdrv);
        }
      else if isFunction result then setFunctionArgs result (functionArgs result) // { inherit override; }
      else result);

  callPackageWith = autoArgs: fn: args:
    let
      f = if isFunction fn then fn else import fn;
      formals = functionArgs f;
      given = b.intersectAttrs formals autoArgs // args;
      missing = lib.attrsets.filterAttrs (_: optional: !optional) (b.removeAttrs formals (b.attrNames given));
      suggestions = arg: map (x: "\"" + x + "\"")
        (lib.lists.take 3 (lib.lists.sortOn (lib.strings.levenshtein arg)
          (b.filter (lib.strings.levenshteinAtMost 2 arg) (b.attrNames (autoArgs // args)))));
      shown = s:
        if s == [ ] then ""
        else if b.length s == 1 then ", did you mean ${b.head s}?"
        else ", did you mean ${b.concatStringsSep ", " (lib.lists.init s)} or ${lib.lists.last s}?";
      where = arg:
        let pos = b.unsafeGetAttrPos arg formals; in
        if pos != null then pos.file + ":" + toString pos.line
        else if !isFunction fn then toString (lib.filesystem.resolveDefaultNix fn)
        else "<unknown location>";
      arg = b.head (b.attrNames missing);
    in
    if missing == { } then makeOverridable f given
    else b.abort "lib.customisation.callPackageWith: Function called without required argument \"${arg}\" at ${where arg}${shown (suggestions arg)}";

  makeScope = newScope: f:
    let
      self = f self // {
        newScope = scope: newScope (self // scope);
        callPackage = self.newScope { };
        overrideScope = g: makeScope newScope (lib.fixedPoints.extends g f);
        packages = f;
      };
    in
    self;

  makeScopeWithSplicing' = { splicePackages, newScope }:
    { otherSplices, keep ? (_: { }), extra ? (_: { }), f }:
    let
      spliced0 = splicePackages {
        pkgsBuildBuild = otherSplices.selfBuildBuild;
        pkgsBuildHost = otherSplices.selfBuildHost;
        pkgsBuildTarget = otherSplices.selfBuildTarget;
        pkgsHostHost = otherSplices.selfHostHost;
        pkgsHostTarget = self;
        pkgsTargetTarget = otherSplices.selfTargetTarget;
      };
      spliced = extra spliced0 // spliced0 // keep self;
      self = f self // {
        newScope = scope: newScope (spliced // scope);
        callPackage = newScope spliced;
        overrideScope = g: makeScopeWithSplicing' { inherit splicePackages newScope; } {
          inherit otherSplices keep extra;
          f = lib.fixedPoints.extends g f;
        };
        packages = f;
      };
    in
    self;
in
{
  inherit overrideDerivation makeOverridable callPackageWith makeScope makeScopeWithSplicing';
  callPackagesWith = autoArgs: fn: args:
    let
      f = if isFunction fn then fn else import fn;
      mirror = mirrorFunctionArgs f;
      args' = b.intersectAttrs (functionArgs f) autoArgs // args;
      pkgs = f args';
    in
    if isDerivation pkgs then
      b.throw ("function `callPackages` was called on a *single* derivation "
        + "\"${pkgs.name or "<unknown-name>"}\";" + " did you mean to use `callPackage` instead?")
    else b.mapAttrs (name: _: makeOverridable (mirror (a: (f a).${name})) args') pkgs;
  extendDerivation = condition: passthru: drv:
    let
      outputs = drv.outputs or [ "out" ];
      common = drv // b.listToAttrs perOutput // { all = map (x: x.value) perOutput; } // passthru;
      perOutput = map (name: {
        inherit name;
        value = common // {
          inherit (drv.${name}) type outputName;
          outputSpecified = true;
          drvPath = assert condition; drv.${name}.drvPath;
          outPath = assert condition; drv.${name}.outPath;
        } // lib.attrsets.optionalAttrs (passthru ? overrideAttrs) {
          overrideAttrs = f: (passthru.overrideAttrs f).${name};
        };
      }) outputs;
    in
    common // {
      drvPath = assert condition; drv.drvPath;
      outPath = assert condition; drv.outPath;
    };
  hydraJob = drv:
    let
      outputs = drv.outputs or [ "out" ];
      common = {
        inherit (drv) name system meta;
        inherit outputs;
      } // lib.attrsets.optionalAttrs (drv._hydraAggregate or false) {
        _hydraAggregate = true;
        constituents = map lib.customisation.hydraJob (lib.lists.flatten drv.constituents);
      } // b.listToAttrs perOutput;
      perOutput = map (name: {
        inherit name;
        value = common // {
          outPath = drv.${name}.outPath;
          drvPath = drv.${name}.drvPath;
          type = "derivation";
          outputName = name;
        };
      }) outputs;
      first = (b.head perOutput).value;
    in
    if drv == null then null else b.deepSeq first first;
  makeScopeWithSplicing = splicePackages: newScope: otherSplices: keep: extra: f:
    makeScopeWithSplicing' { inherit splicePackages newScope; } { inherit otherSplices keep extra f; };
  extendMkDerivation = { constructDrv, excludeDrvArgNames ? [ ], extendDrvArgs, inheritFunctionArgs ? true, transformDrv ? (x: x) }:
    let
      extendsExcluding = excluded: g: f: final:
        let previous = f final; in b.removeAttrs previous excluded // g final previous;
    in
    setFunctionArgs
      (args: transformDrv (constructDrv (extendsExcluding excludeDrvArgNames extendDrvArgs (lib.trivial.toFunction args))))
      (lib.attrsets.optionalAttrs inheritFunctionArgs (b.removeAttrs (functionArgs constructDrv) excludeDrvArgNames)
        // functionArgs (extendDrvArgs { }))
    // { inherit constructDrv excludeDrvArgNames extendDrvArgs transformDrv; };
}
