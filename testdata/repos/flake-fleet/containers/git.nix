{ lib, ... }:
{
  containers.git = {
    autoStart = lib.mkDefault true;
    privateNetwork = true;
    hostAddress = "10.231.3.1";
    localAddress = "10.231.3.2";
    config = { ... }: {
      services.openssh.enable = true;
    };
  };
}
