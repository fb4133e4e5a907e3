# The host's own values, and the helper library of the `helpers` input, handed to every
# module as the `site` argument.
{ config, lib, inputs, ... }:
{
  options.site.vars = lib.mkOption {
    type = lib.types.attrs;
    default = { };
  };

  config.site.vars = {
    archive.urls = [ "https://example.org/a" "https://example.org/b" ];
    feeds.address = "10.70.0.2";
  };

  config._module.args.site = rec {
    helpers = inputs.helpers.packages.x86_64-linux;
    lib = helpers.lib;
  } // config.site.vars;
}
