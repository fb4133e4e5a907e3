{ config, lib, ... }:
let
  cfg = config.services.finder;
in
{
  options.services.finder = {
    enable = lib.mkEnableOption "the device finder";
    port = lib.mkOption {
      type = lib.types.str;
      default = "8080";
    };
  };
  config = lib.mkIf cfg.enable {
    networking.firewall.allowedTCPPorts = [ (lib.toInt cfg.port) ];
  };
}
