# A battery of the flake's own, written under `den.batteries`, which den's `den._`
# and `den.provides` name too.
{
  den.batteries.node-metrics.nixos.services.prometheus.exporters.node.enable = true;
}
