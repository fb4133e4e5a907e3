{ ... }: {
  containers.proxy = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.232.0.1";
    localAddress = "10.232.0.2";
    config = { ... }: {
      services.nginx.enable = true;
      system.stateVersion = "25.11";
    };
  };
}
