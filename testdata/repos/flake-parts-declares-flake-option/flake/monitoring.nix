{
  flake.colmena.gateway = {
    containers.prometheus = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "10.231.70.1";
      localAddress = "10.231.70.256";
      config.services.prometheus.enable = true;
    };
  };
}
