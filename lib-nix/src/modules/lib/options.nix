# lib.options: declaring options, merging definitions by hand, and showing options and
# definitions in messages. Written for ncc after nixpkgs lib 25.11.
lib:
let
  b = builtins;
  inherit (b) length head isString concatStringsSep;
  addErrorContext = b.addErrorContext or (_: x: x);

  inherit (lib._nccCore) mkOption literalExpression;

  showOption = parts:
    concatStringsSep "." (map (part:
      if part == "*" || b.match "<(.*)>" part != null then part else lib.strings.escapeNixIdentifier part) parts);

  showDefs = defs: lib.strings.concatMapStrings (def:
    let
      pretty = b.tryEval (lib.generators.toPretty { }
        (lib.generators.withRecursion { depthLimit = 10; throwOnDepthLimit = false; } def.value));
      lines = b.filter (l: !b.isList l) (b.split "\n" pretty.value);
      shown = concatStringsSep "\n    " (lib.lists.take 5 lines ++ lib.lists.optional (length lines > 5) "...");
      value =
        if !pretty.success then ""
        else if length lines > 1 then ":\n    " + shown
        else ": " + shown;
    in
    "\n- In `${def.file}'${value}") defs;

  prioritySuggestion = ''
    Use `lib.mkForce value` or `lib.mkDefault value` to change the priority on any of these definitions.
  '';

  mergeUniqueOption = { message, merge ? loc: defs: (head defs).value }: loc: defs:
    if length defs == 1 then merge loc defs
    else
      assert length defs > 1;
      b.throw "The option `${showOption loc}' is defined multiple times while it's expected to be unique.\n${message}\nDefinition values:${showDefs defs}\n${prioritySuggestion}";

  mergeDefaultOption = loc: defs:
    let values = map (d: d.value) defs; all = pred: b.all pred values; in
    if length values == 1 then head values
    else if all lib.trivial.isFunction then x: mergeDefaultOption loc (map (f: f x) values)
    else if all b.isList then b.concatLists values
    else if all b.isAttrs then b.foldl' (x: y: x // y) { } values
    else if all b.isBool then b.foldl' (x: y: x || y) false values
    else if all isString then concatStringsSep "" values
    else if all b.isInt && all (x: x == head values) then head values
    else b.throw "Cannot merge definitions of `${showOption loc}'. Definition values:${showDefs defs}";

  unknownModule = "<unknown-file>";

  renderOptionValue = v:
    if v ? _type && v ? text then v
    else literalExpression (lib.generators.toPretty { multiline = true; allowPrettyValues = true; } v);

  optionAttrSetToDocList' = _: options:
    b.concatMap (opt:
      let
        name = showOption opt.loc;
        doc = {
          loc = opt.loc;
          inherit name;
          description = opt.description or null;
          declarations = b.filter (d: d != unknownModule) opt.declarations;
          internal = opt.internal or false;
          visible = if opt ? visible && opt.visible == "shallow" then true else opt.visible or true;
          readOnly = opt.readOnly or false;
          type = opt.type.description or "unspecified";
        }
        // lib.attrsets.optionalAttrs (opt ? example) {
          example = addErrorContext "while evaluating the example of option `${name}`" (renderOptionValue opt.example);
        }
        // lib.attrsets.optionalAttrs (opt ? defaultText || opt ? default) {
          default = addErrorContext "while evaluating the ${if opt ? defaultText then "defaultText" else "default value"} of option `${name}`"
            (renderOptionValue (opt.defaultText or opt.default));
        }
        // lib.attrsets.optionalAttrs (opt ? relatedPackages && opt.relatedPackages != null) {
          inherit (opt) relatedPackages;
        };
        sub = let s = opt.type.getSubOptions opt.loc; in if s != { } then optionAttrSetToDocList' opt.loc s else [ ];
      in
      [ doc ] ++ lib.lists.optionals (doc.visible && opt.visible or null != "shallow") sub)
      (lib.attrsets.collect (lib.isOption) options);

  mkPackageOption = pkgs: name:
    { nullable ? false, default ? name, example ? null, extraDescription ? "", pkgsText ? "pkgs" }:
    let
      shortName = if b.isList name then lib.lists.last name else name;
      path = lib.lists.toList default;
      pathText = lib.attrsets.showAttrPath path;
      defaults =
        if default != null then {
          default = lib.attrsets.attrByPath path (b.throw "${pathText} cannot be found in ${pkgsText}") pkgs;
          defaultText = literalExpression "${pkgsText}.${pathText}";
        }
        else lib.attrsets.optionalAttrs nullable { default = null; };
    in
    mkOption (defaults // {
      description = "The ${shortName} package to use." + (if extraDescription == "" then "" else " ") + extraDescription;
      type = (if nullable then lib.types.nullOr else x: x) lib.types.package;
    } // lib.attrsets.optionalAttrs (example != null) {
      example = literalExpression (if b.isList example then "${pkgsText}.${lib.attrsets.showAttrPath example}" else example);
    });
in
{
  inherit mkOption literalExpression showOption showDefs mergeUniqueOption mergeDefaultOption
    unknownModule renderOptionValue optionAttrSetToDocList' mkPackageOption;
  isOption = x: (x._type or "") == "option";
  inherit (lib._nccCore) mkEnableOption literalMD;
  mkPackageOptionMD = lib.trivial.warn "mkPackageOptionMD is deprecated and will be removed in 25.05; please use mkPackageOption." mkPackageOption;
  mkSinkUndeclaredOptions = attrs: mkOption ({
    internal = true;
    visible = false;
    default = false;
    description = "Sink for option definitions.";
    type = lib.types.mkOptionType { name = "sink"; check = _: true; merge = _: _: false; };
    apply = _: b.throw "Option value is not readable because the option is not declared.";
  } // attrs);
  mergeOneOption = mergeUniqueOption { message = ""; };
  mergeEqualOption = loc: defs:
    if defs == [ ] then b.abort "This case should never happen."
    else if length defs == 1 then (head defs).value
    else (b.foldl' (first: def:
      if def.value != first.value
      then b.throw "The option `${showOption loc}' has conflicting definition values:${showDefs [ first def ]}\n${prioritySuggestion}"
      else first) (head defs) (b.tail defs)).value;
  getValues = map (d: d.value);
  getFiles = map (d: d.file);
  optionAttrSetToDocList = optionAttrSetToDocList' [ ];
  scrubOptionValue = x:
    if lib.attrsets.isDerivation x then { type = "derivation"; drvPath = x.name; outPath = x.name; name = x.name; }
    else if b.isList x then map lib.options.scrubOptionValue x
    else if b.isAttrs x then b.mapAttrs (_: lib.options.scrubOptionValue) (b.removeAttrs x [ "_args" ])
    else x;
  literalExample = lib.trivial.warn "lib.literalExample is deprecated, use lib.literalExpression instead, or use lib.literalMD for a non-Nix description." literalExpression;
  showFiles = files: concatStringsSep " and " (map (f: "`${f}'") files);
  showOptionWithDefLocs = opt: ''
    ${showOption opt.loc}, with values defined in:
    ${concatStringsSep "\n" (map (file: "  - ${file}") opt.files)}
  '';
}
