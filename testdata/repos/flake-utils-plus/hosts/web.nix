{ config, ... }:
{
  assertions = [
    { assertion = config.networking.hostName == "web" && config.networking.domain == null; message = "named by its key"; }
  ];
  lab.wiki.enable = true;
}
