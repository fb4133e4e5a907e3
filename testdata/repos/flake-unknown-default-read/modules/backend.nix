{ config, lib, ... }:
{
  options.backend.enable = lib.mkEnableOption "the backend";
  config = lib.mkIf config.backend.enable {
    services.postgresql.enable = true;
  };
}
