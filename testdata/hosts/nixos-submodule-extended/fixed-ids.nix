# Ids from one table: each user and group NixOS declares gets its id from `fixedIds`
# unless it sets one itself.
{ config, lib, ... }:
let
  inherit (lib) mkOption mkIf mkDefault types;
  ids = config.fixedIds;
in
{
  options.fixedIds = mkOption {
    type = types.attrsOf (types.submodule {
      options.uid = mkOption { type = types.nullOr types.int; default = null; };
      options.gid = mkOption { type = types.nullOr types.int; default = null; };
    });
    default = { };
  };

  options.users.users = mkOption {
    type = types.attrsOf (types.submodule ({ name, ... }: {
      config.uid = mkIf ((ids.${name}.uid or null) != null) (mkDefault ids.${name}.uid);
    }));
  };
  options.users.groups = mkOption {
    type = types.attrsOf (types.submodule ({ name, ... }: {
      config.gid = mkIf ((ids.${name}.gid or null) != null) (mkDefault ids.${name}.gid);
    }));
  };

  config.assertions = lib.mapAttrsToList (name: user: {
    assertion = user.uid != null;
    message = "user ${name} has no fixed uid";
  }) config.users.users;
}
