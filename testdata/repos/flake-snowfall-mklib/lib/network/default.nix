{ lib, namespace, ... }:
{
  # The address of machine `n` on a site's container network.
  siteAddress = site: n: "10.${toString (lib.stringLength site)}.0.${toString n}";
}
