{ config, lib, ... }:
with lib;
let
  variable = { options.secret = mkOption { type = types.nullOr types.str; default = null; }; };
  envFile = { options.vars = mkOption { type = types.attrsOf (types.submodule variable); default = { }; }; };
in
{
  options.site.envFiles = mkOption { type = types.attrsOf (types.submodule envFile); default = { }; };

  config.systemd.services = mapAttrs' (name: file: {
    name = "${name}-env-file";
    value.environment = mapAttrs' (variable: value: {
      name = "SECRET_${variable}";
      value = config.sops.secrets.${value.secret}.path;
    }) file.vars;
  }) config.site.envFiles;
}
