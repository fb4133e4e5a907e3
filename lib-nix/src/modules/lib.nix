# The `lib` ncc gives modules, `<nixpkgs/lib>` and `pkgs.lib`: nixpkgs lib 25.11, written for
# ncc. This file only names things: each namespace lives in lib/<file>.nix, which `load`
# parses and evaluates the first time one of its values is read, so a run that only uses
# `lib.mkIf` reads modules.nix alone. `evalModules` is ncc's native module system.
{ load, markLibrary, markLibraryPart, unknown, evalModules, mergeAs, maintainers }:
let
  # lib.makeExtensible, by hand: `fixedPoints` is itself a file of this lib.
  extensible = rattrs:
    let self = rattrs self // { extend = f: extensible (final: let prev = rattrs final; in prev // f final prev); };
    in self;

  # `lib` and each namespace are marked as ncc's lib (library.rs): a name they lack is
  # missing from lib 25.11, which code written against another nixpkgs may have.
  build = markLibrary "lib" (self:
    let
      file = name: markLibrary "lib.${name}" (load name) self;
      misc = file "misc";
      # Namespaces ncc carries in part are marked so (library.rs): a name one lacks
      # (`lib.licenses.cc-by-nc-40`, `lib.systems.parse.mkSystemFromString`) is unknown,
      # not missing.
      systems = markLibrary "lib.systems" (self:
        let systems = load "systems" self;
        in systems // {
          examples = markLibraryPart "lib.systems.examples" systems.examples;
          platforms = markLibraryPart "lib.systems.platforms" systems.platforms;
          architectures = markLibraryPart "lib.systems.architectures" systems.architectures;
          inspect = markLibraryPart "lib.systems.inspect" systems.inspect;
          parse = markLibraryPart "lib.systems.parse" systems.parse;
        }) self;
      meta = markLibrary "lib.meta" (self:
        let meta = load "meta" self;
        in meta // { licensesSpdx = markLibraryPart "lib.licensesSpdx" meta.licensesSpdx; }) self;
    in
    {
      trivial = file "trivial";
      fixedPoints = file "fixed-points";
      attrsets = file "attrsets";
      lists = file "lists";
      strings = file "strings";
      customisation = file "customisation";
      inherit meta;
      versions = file "versions";
      modules = markLibrary "lib.modules" (load "modules") { lib = self; inherit evalModules; };
      options = file "options";
      types = file "types";
      licenses = markLibraryPart "lib.licenses" (load "licenses" self);
      systems = systems;
      platforms = systems.doubles;
      cli = file "cli";
      generators = file "generators";
      asserts = file "asserts";
      debug = file "debug";
      path = file "path";
      filesystem = file "filesystem";
      fileset = file "fileset";
      sources = file "sources";
      # `lib.network.ipv6` is a namespace of its own, marked as the others are: a name
      # it lacks (`nextAddress`) may be one a later nixpkgs' lib has.
      network = markLibrary "lib.network" (self:
        let network = load "network" self;
        in network // { ipv6 = markLibrary "lib.network.ipv6" (_: network.ipv6) null; }) self;
      inherit misc;
      inherit (misc) stringsWithDeps derivations sourceTypes fetchers kernel gvariant;
      # nixpkgs' own lists of people; ncc has none, so any name reads as an opaque record.
      inherit maintainers;
      teams = maintainers;

      inherit (builtins) addErrorContext isPath trace typeOf unsafeGetAttrPos;
      inherit (self.trivial) id const pipe concat or and xor bitAnd bitOr bitXor bitNot
        boolToString mergeAttrs flip defaultTo mapNullable inNixShell isFloat min max importJSON
        importTOML warn warnIf warnIfNot throwIf throwIfNot checkListOfEnum info showWarnings
        nixpkgsVersion version isInOldestRelease oldestSupportedReleaseIsAtLeast mod compare
        splitByAndCompare seq deepSeq lessThan add sub functionArgs setFunctionArgs isFunction
        toFunction mirrorFunctionArgs fromHexString toHexString toBaseDigits inPureEvalMode isBool
        isInt pathExists genericClosure readFile;
      inherit (self.fixedPoints) fix fix' converge extends composeExtensions
        composeManyExtensions makeExtensible makeExtensibleWithCustomName toExtension;
      inherit (self.attrsets) attrByPath hasAttrByPath setAttrByPath getAttrFromPath attrVals
        attrNames attrValues getAttrs catAttrs filterAttrs filterAttrsRecursive foldlAttrs
        foldAttrs collect nameValuePair mapAttrs mapAttrs' mapAttrsToList attrsToList
        concatMapAttrs mapAttrsRecursive mapAttrsRecursiveCond genAttrs "genAttrs'" isDerivation
        toDerivation optionalAttrs zipAttrsWithNames zipAttrsWith zipAttrs recursiveUpdateUntil
        recursiveUpdate matchAttrs mergeAttrsList overrideExisting showAttrPath getOutput
        getFirstOutput getBin getLib getStatic getDev getInclude getMan chooseDevOutputs
        zipWithNames zip recurseIntoAttrs dontRecurseIntoAttrs cartesianProduct
        cartesianProductOfSets mapCartesianProduct updateManyAttrsByPath listToAttrs hasAttr
        getAttr isAttrs intersectAttrs removeAttrs;
      inherit (self.lists) singleton forEach map foldr fold foldl foldl' imap0 imap1 filter
        ifilter0 concatMap flatten remove findSingle findFirst any all count optional optionals
        toList range replicate partition zipListsWith zipLists reverseList listDfs toposort sort
        sortOn naturalSort compareLists take takeEnd drop dropEnd sublist last init crossLists
        unique allUnique intersectLists subtractLists mutuallyExclusive groupBy groupBy'
        concatLists genList length head tail elem elemAt isList;
      inherit (self.strings) concatStrings concatMapStrings concatImapStrings stringLength
        substring isString replaceString replaceStrings intersperse concatStringsSep
        concatMapStringsSep concatMapAttrsStringSep concatImapStringsSep concatLines
        makeSearchPath makeSearchPathOutput makeLibraryPath makeIncludePath makeBinPath
        optionalString hasInfix hasPrefix hasSuffix stringToCharacters stringAsChars escape
        escapeShellArg escapeShellArgs isStorePath isStringLike isValidPosixName toShellVar
        toShellVars trim trimWith escapeRegex escapeURL escapeXML replaceChars lowerChars
        upperChars toLower toUpper toCamelCase toSentenceCase addContextFrom splitString
        splitStringBy removePrefix removeSuffix versionOlder versionAtLeast getName getVersion
        match split cmakeOptionType cmakeBool cmakeFeature mesonOption mesonBool mesonEnable
        nameFromURL enableFeature enableFeatureAs withFeature withFeatureAs fixedWidthString
        fixedWidthNumber toInt toIntBase10 readPathsFromFile fileContents;
      inherit (self.stringsWithDeps) textClosureList textClosureMap noDepEntry fullDepEntry
        packEntry stringAfter;
      inherit (self.customisation) overrideDerivation makeOverridable callPackageWith
        callPackagesWith extendDerivation hydraJob makeScope makeScopeWithSplicing
        makeScopeWithSplicing' extendMkDerivation;
      inherit (self.derivations) lazyDerivation optionalDrvAttr warnOnInstantiate;
      inherit (self.generators) mkLuaInline;
      inherit (self.meta) addMetaAttrs dontDistribute setName updateName appendToName
        mapDerivationAttrset setPrio lowPrio lowPrioSet hiPrio hiPrioSet licensesSpdx
        getLicenseFromSpdxId getLicenseFromSpdxIdOr getExe getExe';
      inherit (self.filesystem) pathType pathIsDirectory pathIsRegularFile
        packagesFromDirectoryRecursive;
      inherit (self.sources) cleanSourceFilter cleanSource sourceByRegex sourceFilesBySuffices
        commitIdFromGitRepo cleanSourceWith pathHasContext canCleanSource pathIsGitRepo revOrTag
        repoRevToName;
      inherit (self.modules) evalModules setDefaultModuleLocation unifyModuleSyntax
        applyModuleArgsIfFunction mergeModules mergeModules' mergeOptionDecls mergeDefinitions
        pushDownProperties dischargeProperties filterOverrides sortProperties fixupOptionType
        mkAssert mkDefinition mkFixStrictness mkAliasDefinitions mkAliasAndWrapDefinitions fixMergeModules mkRemovedOptionModule
        mkRenamedOptionModule mkRenamedOptionModuleWith mkMergedOptionModule
        mkChangedOptionModule mkAliasOptionModule mkDerivedConfig doRename mkAliasOptionModuleMD;
      evalOptionValue = self.trivial.warn "External use of `lib.evalOptionValue` is deprecated. If your use case isn't covered by non-deprecated functions, we'd like to know more and perhaps support your use case well, instead of providing access to these low level functions. In this case please open an issue in https://github.com/nixos/nixpkgs/issues/." self.modules.evalOptionValue;
      inherit (self.options) isOption mkSinkUndeclaredOptions mergeDefaultOption
        mergeOneOption mergeEqualOption mergeUniqueOption getValues getFiles
        optionAttrSetToDocList optionAttrSetToDocList' scrubOptionValue literalExample
        showOption showOptionWithDefLocs showFiles unknownModule mkPackageOption
        mkPackageOptionMD;
      # What nearly every run reads, from a small file of its own (the namespaces above
      # give the same values).
      inherit (self._nccCore) mkIf mkMerge mkOverride mkOptionDefault mkDefault
        mkImageMediaOverride mkForce mkVMOverride mkOrder mkBefore mkAfter mkOption
        mkEnableOption literalExpression literalMD;
      inherit (self.types) isType setType defaultTypeMerge defaultFunctor isOptionType
        mkOptionType;
      inherit (self.asserts) assertMsg assertOneOf;
      inherit (self.debug) traceIf traceVal traceValFn traceSeq traceSeqN traceValSeq
        traceValSeqFn traceValSeqN traceValSeqNFn traceFnSeqN runTests testAllTrue;
      inherit (self.misc) maybeEnv defaultMergeArg defaultMerge foldArgs maybeAttrNullable
        maybeAttr ifEnable checkFlag getValue checkReqs uniqList uniqListExt condConcat
        lazyGenericClosure innerModifySumArgs modifySumArgs innerClosePropagation
        closePropagation mapAttrsFlatten nvs setAttr setAttrMerge mergeAttrsWithFunc
        mergeAttrsConcatenateValues mergeAttrsNoOverride mergeAttrByFunc
        mergeAttrsByFuncDefaults mergeAttrsByFuncDefaultsClean mergeAttrBy fakeHash fakeSha256
        fakeSha512 nixType imap;
      inherit (self.versions) splitVersion;

      # What the Rust module system needs from Nix: the internal `_module.args` option, and
      # a way to make the constant functions option values carry as `__toString`. Beside
      # them, what it gives lib.types: `mergeAs`.
      # What nixpkgs lib computes and ncc does not (`lib.fileset.gitTracked`) is unknown.
      _nccCore = markLibrary "lib._nccCore" (self: load "core" self // { inherit unknown; }) self;
      _nccTypesMore = file "types-more";
      # What a later nixpkgs' lib has that 25.11's has not, by release, each an extension
      # (`lib.extend`): the compiler gives it to code written against that release.
      _nccRelease."26.05" = load "release-26.05";
      _nccInternal = {
        moduleArgsModule = {
          options._module.args = self._nccCore.mkOption {
            type = self.types.lazyAttrsOf self.types.raw;
            default = { };
            internal = true;
          };
        };
        constant = value: _: value;
        # A submodule type whose sub-options modules ncc does not evaluate may declare too:
        # the open world's module first, so that the type's own freeform type still wins.
        openWorldSubmodule = type:
          if (type.name or null) == "submodule" && type ? functor.payload.modules then
            self.types.submoduleWith (type.functor.payload // {
              modules = [ { freeformType = self.types.mkOptionType { name = "ncc-open-world"; }; } ]
                ++ type.functor.payload.modules;
            })
          else type;
        # The same below an attribute set, list or null of submodules, for a declaration
        # without a default (`services.borgbackup.jobs = mkOption { type = attrsOf
        # (submodule ...); }`): nixpkgs merges it with NixOS's own, whose default that is
        # (an extension that gave one too would be "already declared"), element by
        # element. The type says so (`_nccOpenWorld`): with nothing defining the option,
        # its value is that default, which ncc does not evaluate.
        openWorldElements = type: (self._nccInternal.openElements type).type;
        openElements = type:
          if (type.name or null) == "submodule" && type ? functor.payload.modules then
            { opened = true; type = self._nccInternal.openWorldSubmodule type; }
          else if builtins.elem (type.name or null) [ "attrsOf" "lazyAttrsOf" "listOf" "nullOr" ] && type ? elemType then
            let element = self._nccInternal.openElements type.elemType; in
            if element.opened
            then { opened = true; type = self.types.${type.name} element.type // { _nccOpenWorld = true; }; }
            else { opened = false; inherit type; }
          else { opened = false; inherit type; };
        # `merge` of the types lib.types makes: the module system's own merge of the type.
        inherit mergeAs;
      };
    });
in
extensible build
