# The repository's copy of a service module: the stock one is disabled, and an option
# renamed upstream is renamed here too.
{ config, lib, pkgs, ... }:
let
  cfg = config.services.ci-runner;
in
{
  disabledModules = [ "services/continuous-integration/ci-runner.nix" ];

  imports = [
    (lib.mkRenamedOptionModule [ "services" "ci-runner" "packages" ] [ "services" "ci-runner" "extraPackages" ])
  ];

  options.services.ci-runner = {
    enable = lib.mkEnableOption "the CI runner";
    extraPackages = lib.mkOption {
      type = lib.types.listOf lib.types.package;
      default = [ ];
      description = "Packages on the runner's PATH.";
    };
    tokenFile = lib.mkOption {
      type = lib.types.path;
      description = "The file holding the registration token.";
    };
  };

  config = lib.mkIf cfg.enable {
    systemd.services.ci-runner = {
      wantedBy = [ "multi-user.target" ];
      path = cfg.extraPackages;
      serviceConfig.LoadCredential = "token:${cfg.tokenFile}";
      script = "exec ci-runner --token-file $CREDENTIALS_DIRECTORY/token";
    };
  };
}
