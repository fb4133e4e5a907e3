{ ... }:
{
  containers.irc = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.40.0.1";
    localAddress = "10.40.0.2";
    config = { ... }: {
      services.openssh.enable = true;
      system.stateVersion = "25.05";
    };
  };
  containers.bouncer = {
    privateNetwork = true;
    hostAddress = "10.40.1.1";
    localAddress = "10.40.1.256";
    config = { };
  };
}
