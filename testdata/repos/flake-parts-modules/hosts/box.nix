# A service module in the shape of NixOS's own: `settings` is an option whose type is a
# submodule, and mkChangedOptionModule declares an option under it (the two join, as
# nixpkgs' optionTreeToOption joins them); its data type comes from pkgs.formats.
{ config, lib, pkgs, site, ... }:
let
  yaml = pkgs.formats.yaml { };
  cfg = config.services.feeds;
in
{
  imports = [
    (lib.mkChangedOptionModule [ "services" "feeds" "settings" "api" "keyFile" ]
      [ "services" "feeds" "settings" "server" "key_path" ]
      (config: config.services.feeds.settings.api.keyFile))
  ];

  options.services.feeds = {
    enable = lib.mkEnableOption "the feed reader";
    settings = lib.mkOption {
      default = { };
      type = lib.types.submodule {
        freeformType = yaml.type;
        options.server.key_path = lib.mkOption { type = lib.types.nullOr lib.types.str; default = null; };
        options.sources = lib.mkOption { type = lib.types.listOf yaml.type; default = [ ]; };
      };
    };
  };

  config = {
    system.stateVersion = "25.05";
    networking.hostName = "box";
    services.feeds.enable = true;
    services.feeds.settings.sources = [ { url = "https://${site}/feed"; } ];
    warnings = lib.optional (cfg.settings.sources == [ ]) "no feed sources";

    containers.feeds = {
      autoStart = "yes";
      privateNetwork = true;
      hostAddress = "10.80.0.1";
      localAddress = "10.80.0.2";
      config = { };
    };
  };
}
