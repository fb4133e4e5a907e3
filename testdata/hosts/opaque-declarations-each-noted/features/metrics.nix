{ config, lib, toolkit, ... }:
{
  options.features.metrics.enable = toolkit.lib.mkEnableOpt "node metrics";

  config = lib.mkIf config.features.metrics.enable {
    services.prometheus.exporters.node.enable = true;
  };
}
