{ lib, ... }:
{
  imports = [ ../services/wiki.nix ];
  options.site.uplink = lib.mkOption { type = lib.types.str; default = "eth0"; };
  config.networking.hostName = "alpha";
}
