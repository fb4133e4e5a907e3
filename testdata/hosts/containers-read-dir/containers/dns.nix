{ ... }: {
  containers.dns = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.60.1.1";
    localAddress = "10.60.1.300";
    config = { };
  };
}
