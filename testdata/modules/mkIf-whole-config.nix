# config = mkIf cond { ... }
{ config, lib, ... }:
{
  options.enable = lib.mkEnableOption "it";
  options.port = lib.mkOption { type = lib.types.port; default = 1; };
  config = lib.mkIf config.enable { port = 8080; };
}
