{ pkgs, config, ... }:
let
  inherit (pkgs.lib) mkIf mkEnableOption mkOption types net;
  cfg = config.my.wiki;
in {
  options.my.wiki = {
    enable = mkEnableOption "the wiki container";
    hostNumber = mkOption { type = types.ints.between 1 300; default = 2; };
  };
  config = mkIf cfg.enable {
    containers.wiki = {
      privateNetwork = true;
      hostAddress = net.host 1;
      localAddress = net.host cfg.hostNumber;
      config = { system.stateVersion = "25.11"; };
    };
  };
}
