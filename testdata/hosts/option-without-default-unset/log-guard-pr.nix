{ config, lib, pkgs, ... }:
let
  cfg = config.services.log-guard;
in
{
  options.services.log-guard = {
    enable = lib.mkEnableOption "the log guard";
    user = lib.mkOption {
      type = lib.types.str;
      default = "log-guard";
    };
    extraGroups = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      description = "Groups the guard's user is in beside its own, to read group-readable logs.";
      defaultText = lib.literalExpression ''[ "systemd-journal" ]'';
    };
    settings = lib.mkOption {
      type = lib.types.attrsOf lib.types.str;
      default = { };
    };
  };

  config = lib.mkIf cfg.enable {
    systemd.services.log-guard = {
      wantedBy = [ "multi-user.target" ];
      serviceConfig = {
        User = cfg.user;
        SupplementaryGroups = cfg.extraGroups;
        ExecStart = "${pkgs.hello}/bin/hello --listen ${cfg.settings.listen}";
      };
    };
    users.users.${cfg.user} = {
      isSystemUser = true;
      group = cfg.user;
      extraGroups = [ "systemd-journal" ] ++ cfg.extraGroups;
    };
    users.groups.${cfg.user} = { };
  };
}
