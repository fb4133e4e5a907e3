# den's namespace: `site.<name>` is an aspect like `den.aspects.<name>`, and `site` a
# module argument. An aspect written as a function of its parameters is called where it
# is included: what it gives is unknown to ncc.
{ inputs, ... }:
{
  imports = [ (inputs.den.namespace "site" false) ];

  site.monitor.nixos.services.prometheus.exporters.node.enable = true;

  site.backup = { bucket }: {
    nixos.services.restic.backups.${bucket}.paths = [ "/var/lib" ];
  };
}
