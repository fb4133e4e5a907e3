{ port }:
{ domain, ... }:
{
  containers.db = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.20.0.1";
    localAddress = "10.20.0.300";
    config = {
      services.postgresql.enable = true;
      services.postgresql.settings.port = port;
      networking.domain = domain;
      system.stateVersion = "25.05";
    };
  };
}
