{ lib, VARS, ... }:
let
  records = lib.mapAttrsToList (role: data: {
    inherit role;
    login = data.user or null;
    uid = data.uid or null;
  }) (VARS.users or { });
in
{
  assertions = lib.concatMap (record: [
    {
      assertion = builtins.isString record.login && record.login != "";
      message = "VARS.users.${record.role}.user must be a non-empty string.";
    }
    {
      assertion = builtins.isInt record.uid && record.uid > 0;
      message = "VARS.users.${record.role} must define a positive integer uid.";
    }
  ]) records;
}
