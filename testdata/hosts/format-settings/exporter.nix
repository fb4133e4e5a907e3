# A third-party-style module: `settings` typed by `pkgs.formats`, written to a file with
# the format's `generate`, and a container built from what the settings say.
{ config, lib, pkgs, ... }:
let
  cfg = config.services.exporter;
  yaml = pkgs.formats.yaml { };
  env = pkgs.formats.keyValue { };
in
{
  options.services.exporter = {
    enable = lib.mkEnableOption "the exporter container";
    settings = lib.mkOption {
      type = yaml.type;
      default = { };
      description = "Written to exporter.yaml.";
    };
    environment = lib.mkOption {
      type = env.type;
      default = { };
    };
    targets = lib.mkOption {
      type = (pkgs.formats.toml { }).type;
      default = [ ];
    };
  };

  config = lib.mkIf cfg.enable {
    services.exporter.settings.listen = { address = "10.231.0.2"; port = lib.mkDefault 9100; };
    containers.exporter = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "10.231.0.1";
      localAddress = cfg.settings.listen.address;
      config = {
        environment.etc."exporter.yaml".source = yaml.generate "exporter.yaml" cfg.settings;
        environment.etc."exporter.env".source = env.generate "exporter.env" cfg.environment;
        networking.firewall.allowedTCPPorts = [ cfg.settings.listen.port ];
        system.stateVersion = "25.05";
      };
    };
  };
}
