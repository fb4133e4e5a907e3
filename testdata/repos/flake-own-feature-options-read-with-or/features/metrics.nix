{ lib, ... }:
{
  # No firewall of its own: read with `or false` above.
  options.lab.features.metrics = {
    enable = lib.mkEnableOption "the metrics exporter";
  };
}
