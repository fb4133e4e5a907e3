{ lib, site, ... }:
{
  options.site.gateway = lib.mkOption {
    type = lib.types.str;
    default = lib.internal.siteAddress site 1;
    description = "The address of the site's gateway.";
  };
}
