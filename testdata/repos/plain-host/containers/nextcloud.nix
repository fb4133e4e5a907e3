{ ... }:
{
  containers.nextcloud = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.10.0.1";
    localAddress = "10.10.0.2";
    config = { ... }: { services.nextcloud.enable = true; };
  };
}
