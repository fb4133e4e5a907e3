{ lib, ... }:
{
  imports = [
    ../services/wiki.nix
    ./shop.nix
  ];
  options.site.uplink = lib.mkOption { type = lib.types.str; default = "enp3s0"; };
  config.networking.hostName = "beta";
}
