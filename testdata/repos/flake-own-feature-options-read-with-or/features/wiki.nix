{ lib, ... }:
{
  options.lab.features.wiki = {
    enable = lib.mkEnableOption "the wiki";
    openFirewall = lib.mkEnableOption "the wiki's port on the firewall";
    listenInterfaces = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    port = lib.mkOption { type = lib.types.port; default = 8443; };
  };
}
