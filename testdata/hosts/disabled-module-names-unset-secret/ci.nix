{ config, lib, ... }:
let
  cfg = config.site.ci;
in
with lib;
{
  options.site.ci = {
    enable = mkEnableOption "the CI runner";
    keySecret = mkOption { type = types.str; description = "The sops secret of the runner's key."; };
    tokenSecret = mkOption { type = types.str; description = "The sops secret of its token."; };
  };

  config = mkIf cfg.enable {
    sops.secrets.${cfg.keySecret} = { };
    sops.secrets.${cfg.tokenSecret} = { };
    site.envFiles.ci.vars.RUNNER_KEY.secret = cfg.keySecret;
  };
}
