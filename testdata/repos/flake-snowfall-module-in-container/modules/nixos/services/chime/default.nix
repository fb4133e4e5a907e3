{ config, lib, namespace, format, ... }:
with lib.${namespace};
let
  cfg = config.${namespace}.services.chime;
in
{
  options.${namespace}.services.chime = {
    enable = lib.mkEnableOption "the chime notifier";
    port = portOption 2586;
  };

  config = lib.mkIf cfg.enable {
    networking.firewall.allowedTCPPorts = [ cfg.port ];
    environment.etc."chime/format".text = format;
  };
}
