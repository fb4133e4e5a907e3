{ ... }: {
  containers.git = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.60.0.1";
    localAddress = "10.60.0.2";
    config = { services.openssh.enable = true; };
  };
}
