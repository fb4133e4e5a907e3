{ config, lib, ... }:
{
  options.site.relay.port = lib.mkOption {
    type = lib.types.port;
    default = 8080;
  };
}
