{ config, lib, site, ... }:
{
  options.hostServices.chat.enable = site.lib.mkBoolOpt false "Run the chat bridge";

  config = lib.mkIf config.hostServices.chat.enable {
    hostServices.archive.enable = true;
    services.matterbridge.enable = true;
  };
}
