# lib.modules: the properties definitions carry (mkIf, mkMerge, mkOverride, mkOrder), the
# module functions that rename, alias and remove options, and the module system's helpers.
# `evalModules` itself is ncc's native module system. Written for ncc after nixpkgs lib 25.11.
{ lib, evalModules }:
let
  b = builtins;
  addErrorContext = b.addErrorContext or (_: x: x);
  inherit (lib.attrsets) setAttrByPath getAttrFromPath attrByPath optionalAttrs;
  inherit (lib.options) mkOption showOption showFiles;

  inherit (lib._nccCore) mkIf mkMerge mkOverride mkOrder defaultOverridePriority defaultOrderPriority;

  isOption = x: (x._type or "") == "option";
  mkAliasIfDef = option: mkIf (isOption option && option.isDefined);
  mkAliasAndWrapDefinitions = wrap: option: mkAliasIfDef option (wrap (mkMerge option.definitions));
  mkAliasAndWrapDefsWithPriority = wrap: option:
    mkAliasIfDef option (wrap (mkMerge (map (mkOverride (option.highestPrio or defaultOverridePriority)) option.definitions)));

  doRename = { from, to, visible, warn, use, withPriority ? true, condition ? true }:
    { config, options, ... }:
    let
      fromOpt = getAttrFromPath from options;
      toValue = attrByPath to (b.abort "Renaming error: option `${showOption to}' does not exist.");
    in
    {
      # nixpkgs gives the alias the type of its target, read from `options`; ncc declares
      # options before `options` exists, so the alias has none: its definitions are checked
      # and merged where they land, at the target.
      options = setAttrByPath from (mkOption {
        inherit visible;
        description = "Alias of {option}`${showOption to}`.";
        apply = _: use (toValue config);
      });
      config = mkIf condition (mkMerge [
        (optionalAttrs (options ? warnings) {
          warnings = lib.lists.optional (warn && fromOpt.isDefined)
            "The option `${showOption from}' defined in ${showFiles fromOpt.files} has been renamed to `${showOption to}'.";
        })
        ((if withPriority then mkAliasAndWrapDefsWithPriority else mkAliasAndWrapDefinitions) (setAttrByPath to) fromOpt)
      ]);
    };

  mkMergedOptionModule = from: to: mergeFn: { config, options, ... }:
    let unset = "_mkMergedOptionModule"; in
    {
      options = b.foldl' lib.attrsets.recursiveUpdate { }
        (map (path: setAttrByPath path (mkOption { visible = false; default = unset; })) from);
      config = {
        warnings = b.filter (w: w != "") (map (path:
          lib.strings.optionalString (getAttrFromPath path config != unset)
            "The option `${showOption path}' defined in ${showFiles (getAttrFromPath path options).files} has been changed to `${showOption to}' that has a different type. Please read `${showOption to}' documentation and update your configuration accordingly.")
          from);
      } // setAttrByPath to (mkMerge
        (lib.lists.optional (b.any (path: getAttrFromPath path config != unset) from) (mergeFn config)));
    };

  pushDownProperties = def:
    let type = def._type or ""; in
    if type == "merge" then b.concatMap pushDownProperties def.contents
    else if type == "if" then map (b.mapAttrs (_: mkIf def.condition)) (pushDownProperties def.content)
    else if type == "override" then map (b.mapAttrs (_: mkOverride def.priority)) (pushDownProperties def.content)
    else [ def ];

  dischargeProperties = def:
    let type = def._type or ""; in
    if type == "merge" then b.concatMap dischargeProperties def.contents
    else if type == "if" then
      (if !b.isBool def.condition then b.throw "‘mkIf’ called with a non-Boolean condition"
       else if def.condition then dischargeProperties def.content else [ ])
    else [ def ];

  filterOverrides' = defs:
    let
      priorityOf = def: if def.value._type or "" == "override" then def.value.priority else defaultOverridePriority;
      highestPrio = b.foldl' (best: def: lib.trivial.min (priorityOf def) best) 9999 defs;
      unwrap = def: if def.value._type or "" == "override" then def // { value = def.value.content; } else def;
    in
    {
      values = b.concatMap (def: if priorityOf def == highestPrio then [ (unwrap def) ] else [ ]) defs;
      inherit highestPrio;
    };

  unifyModuleSyntax = file: key: m:
    let
      withMeta = config: if m ? meta then mkMerge [ config { meta = m.meta; } ] else config;
      withFreeform = config: if m ? freeformType then mkMerge [ config { _module.freeformType = m.freeformType; } ] else config;
      common = {
        _file = toString m._file or file;
        _class = m._class or null;
        key = toString m.key or key;
        disabledModules = m.disabledModules or [ ];
      };
    in
    if m ? config || m ? options then
      let extra = b.removeAttrs m [ "_class" "_file" "key" "disabledModules" "imports" "options" "config" "meta" "freeformType" ]; in
      if extra != { } then
        b.throw "Module `${key}' has an unsupported attribute `${b.head (b.attrNames extra)}'. This is caused by introducing a top-level `config' or `options' attribute. Add configuration attributes immediately on the top level instead, or move all of them (namely: ${toString (b.attrNames extra)}) into the explicit `config' attribute."
      else common // {
        imports = m.imports or [ ];
        options = m.options or { };
        config = withFreeform (withMeta (m.config or { }));
      }
    else if !b.isAttrs m then b.throw "module ${file} (${key}) does not look like a module."
    else common // {
      imports = m.require or [ ] ++ m.imports or [ ];
      options = { };
      config = withFreeform (b.removeAttrs m [ "_class" "_file" "key" "disabledModules" "require" "imports" "freeformType" ]);
    };

  # nixpkgs gives modules the `lib` whose `evalModules` was called, one made by `lib.extend`
  # included: the native module system is told which. As nixpkgs' internal module, one
  # more module gives the others `extendModules` and `moduleType` (`_module.args`), and
  # the result carries them as `extendModules` and `type`.
  evalModulesOfLib = evalArgs:
    let
      modules = evalArgs.modules or [ ];
      specialArgs = evalArgs.specialArgs or { };
      # The same evaluation with `extension.modules` after the first ones, and the
      # extension's special arguments over the first ones.
      extendModules = { modules ? [ ], specialArgs ? { }, prefix ? [ ] }@extension:
        evalModulesOfLib (evalArgs // {
          modules = evalArgs.modules or [ ] ++ modules;
          specialArgs = evalArgs.specialArgs or { } // specialArgs;
          prefix = extension.prefix or evalArgs.prefix or [ ];
        });
      type = lib.types.submoduleWith { inherit modules specialArgs; class = evalArgs.class or null; };
      arguments = {
        _file = "lib/modules.nix";
        config._module.args = { inherit extendModules; moduleType = type; };
      };
      result = evalModules (evalArgs // { _nccLib = lib; modules = modules ++ [ arguments ]; });
    in
    result // { inherit extendModules type; };

  applyModuleArgs = key: f: args:
    let
      context = name: ''while evaluating the module argument `${name}' in "${key}":'';
      extra = b.mapAttrs (name: _: addErrorContext (context name) (args.${name} or
        (addErrorContext "noting that argument `${name}` is not externally provided, so querying `_module.args` instead, requiring `config`"
          args.config._module.args.${name}))) (lib.trivial.functionArgs f);
    in
    f (args // extra);
in
{
  evalModules = evalModulesOfLib;
  inherit mkIf mkMerge mkOverride mkOrder defaultOverridePriority defaultOrderPriority
    mkAliasIfDef mkAliasAndWrapDefinitions mkAliasAndWrapDefsWithPriority doRename
    mkMergedOptionModule pushDownProperties dischargeProperties filterOverrides' unifyModuleSyntax;

  mkAssert = assertion: message: content:
    mkIf (if assertion then true else b.throw "\nFailed assertion: ${message}") content;
  mkDefinition = args@{ file, value, ... }: args // { _type = "definition"; };
  inherit (lib._nccCore) mkOptionDefault mkDefault mkImageMediaOverride mkForce mkVMOverride mkBefore
    mkAfter;
  defaultPriority = lib.trivial.warnIf (lib.trivial.oldestSupportedReleaseIsAtLeast 2305)
    "lib.modules.defaultPriority is deprecated, please use lib.modules.defaultOverridePriority instead."
    defaultOverridePriority;
  mkFixStrictness = lib.trivial.warn "lib.mkFixStrictness has no effect and will be removed. It returns its argument unmodified, so you can just remove any calls." (x: x);
  mkAliasDefinitions = mkAliasAndWrapDefinitions (x: x);
  mkDerivedConfig = opt: f: mkOverride (opt.highestPrio or defaultOverridePriority) (f opt.value);

  mkRemovedOptionModule = optionName: instructions: { options, ... }: {
    options = setAttrByPath optionName (mkOption {
      visible = false;
      apply = _: b.throw "The option `${showOption optionName}' can no longer be used since it's been removed. ${instructions}";
    });
    config.assertions =
      let opt = getAttrFromPath optionName options; in
      [ {
        assertion = !opt.isDefined;
        message = ''
          The option definition `${showOption optionName}' in ${showFiles opt.files} no longer has any effect; please remove it.
          ${instructions}
        '';
      } ];
  };
  mkRenamedOptionModule = from: to: doRename {
    inherit from to;
    visible = false;
    warn = true;
    use = b.trace "Obsolete option `${showOption from}' is used. It was renamed to `${showOption to}'.";
  };
  mkRenamedOptionModuleWith = { from, to, sinceRelease }: doRename {
    inherit from to;
    visible = false;
    warn = lib.trivial.oldestSupportedReleaseIsAtLeast sinceRelease;
    use = lib.trivial.warnIf (lib.trivial.oldestSupportedReleaseIsAtLeast sinceRelease)
      "Obsolete option `${showOption from}' is used. It was renamed to `${showOption to}'.";
  };
  mkChangedOptionModule = from: to: mkMergedOptionModule [ from ] to;
  mkAliasOptionModule = from: to: doRename { inherit from to; visible = true; warn = false; use = x: x; };
  mkAliasOptionModuleMD = from: to: doRename { inherit from to; visible = true; warn = false; use = x: x; };

  filterOverrides = defs: (filterOverrides' defs).values;
  sortProperties = defs:
    let
      unwrap = def: if def.value._type or "" == "order" then def // { value = def.value.content; inherit (def.value) priority; } else def;
    in
    b.sort (x: y: (x.priority or defaultOrderPriority) < (y.priority or defaultOrderPriority)) (map unwrap defs);
  fixupOptionType = loc: opt:
    if opt.type.getSubModules or null == null then opt // { type = opt.type or lib.types.unspecified; }
    else opt // { type = opt.type.substSubModules opt.options; options = [ ]; };
  setDefaultModuleLocation = file: m: { _file = file; imports = [ m ]; };
  applyModuleArgsIfFunction = key: f: args@{ config, ... }:
    if lib.trivial.isFunction f then applyModuleArgs key f args else f;
  fixMergeModules = modules: args: evalModulesOfLib { inherit modules args; check = false; };
  importApply = modulePath: staticArg: { _file = modulePath; imports = [ (import modulePath staticArg) ]; };
  importJSON = file: { _file = file; config = lib.trivial.importJSON file; };
  importTOML = file: { _file = file; config = lib.trivial.importTOML file; };
  mergeDefinitions = loc: type: defs:
    let
      discharged = b.concatMap (def: map (value: def // { inherit value; }) (dischargeProperties def.value)) defs;
      filtered = filterOverrides' discharged;
      sorted = lib.modules.sortProperties filtered.values;
      values = b.filter (def: type.check def.value) sorted;
    in
    {
      defsFinal' = { values = sorted; inherit (filtered) highestPrio; };
      defsFinal = sorted;
      isDefined = sorted != [ ];
      mergedValue = type.merge loc sorted;
      optionalValue = if sorted != [ ] then { value = type.merge loc sorted; } else { };
      inherit values;
    };
  evalOptionValue = loc: opt: defs:
    let merged = lib.modules.mergeDefinitions loc opt.type defs; in
    opt // {
      value = if opt ? apply then opt.apply merged.mergedValue else merged.mergedValue;
      inherit (merged) isDefined;
      files = map (def: def.file) merged.defsFinal;
      definitions = map (def: def.value) merged.defsFinal;
      highestPrio = merged.defsFinal'.highestPrio;
    };
  mergeAttrDefinitionsWithPrio = opt:
    let
      defsByAttr = lib.attrsets.zipAttrs (b.concatLists (b.concatMap ({ value, ... }@def:
        map (lib.attrsets.mapAttrsToList (k: v: { ${k} = def // { value = v; }; })) (pushDownProperties value))
        opt.definitionsWithLocations));
    in
    assert opt.type.name == "attrsOf" || opt.type.name == "lazyAttrsOf";
    b.mapAttrs (_: defs: let f = filterOverrides' defs; in {
      value = mkOverride f.highestPrio (lib.modules.mergeDefinitions (opt.loc) opt.type.nestedTypes.elemType f.values).mergedValue;
      inherit (f) highestPrio;
    }) defsByAttr;
  # The module system's inner steps, which ncc's native module system does its own way:
  # what they give is unknown (nixpkgs deprecates their use outside lib).
  collectModules = lib._nccCore.unknown "`lib.modules.collectModules' (ncc collects modules natively)";
  mergeModules = lib._nccCore.unknown "`lib.modules.mergeModules' (ncc merges modules natively)";
  mergeModules' = lib._nccCore.unknown "`lib.modules.mergeModules'' (ncc merges modules natively)";
  mergeOptionDecls = lib._nccCore.unknown "`lib.modules.mergeOptionDecls' (ncc merges declarations natively)";
}
