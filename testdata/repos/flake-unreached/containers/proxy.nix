{ ... }:
{
  containers.proxy = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.20.0.1";
    localAddress = "10.20.0.2";
    config = { services.nginx.enable = true; };
  };
}
