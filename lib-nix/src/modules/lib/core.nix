# What nearly every run reads of lib: the properties definitions carry and `mkOption`.
# Kept apart from modules.nix and options.nix so that a run parses little (see lib.nix).
lib:
let
  mkOverride = priority: content: { _type = "override"; inherit priority content; };
  mkOrder = priority: content: { _type = "order"; inherit priority content; };
  mkOption = { default ? null, defaultText ? null, example ? null, description ? null, relatedPackages ? null, type ? null, apply ? null, internal ? null, visible ? null, readOnly ? null }@attrs:
    attrs // { _type = "option"; };
in
{
  inherit mkOverride mkOrder mkOption;
  mkIf = condition: content: { _type = "if"; inherit condition content; };
  mkMerge = contents: { _type = "merge"; inherit contents; };
  mkOptionDefault = mkOverride 1500;
  mkDefault = mkOverride 1000;
  mkImageMediaOverride = mkOverride 60;
  mkForce = mkOverride 50;
  mkVMOverride = mkOverride 10;
  mkBefore = mkOrder 500;
  mkAfter = mkOrder 1500;
  defaultOverridePriority = 100;
  defaultOrderPriority = 1000;
  mkEnableOption = name: mkOption {
    default = false;
    example = true;
    description = "Whether to enable ${name}.";
    type = lib.types.bool;
  };
  literalExpression = text:
    if !builtins.isString text then builtins.throw "literalExpression expects a string."
    else { _type = "literalExpression"; inherit text; };
  literalMD = text:
    if !builtins.isString text then builtins.throw "literalMD expects a string."
    else { _type = "literalMD"; inherit text; };
}
