# The shape of npins' generated file: each pin fetched, unless overridden.
let
  data = builtins.fromJSON (builtins.readFile ./sources.json);

  mayOverride =
    name: path:
    let
      envVarName = "NPINS_OVERRIDE_${name}";
      ersatz = builtins.getEnv envVarName;
    in
    if ersatz == "" then
      path
    else
      builtins.trace "Overriding path of \"${name}\" with \"${ersatz}\" due to set \"${envVarName}\"" (
        if builtins.substring 0 1 ersatz == "/" then /. + ersatz else /. + builtins.getEnv "PWD" + "/${ersatz}"
      );

  mkSource =
    name: spec:
    let
      path = builtins.fetchTarball {
        inherit (spec) url;
        sha256 = spec.hash;
      };
    in
    spec // { outPath = mayOverride name path; };
in
builtins.mapAttrs mkSource data.pins
