{ number, index, ... }:
{
  networking.hostName = "node-${number}";
  containers.runner = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.50.${toString index}.1";
    localAddress = "10.50.${toString index}.2";
    config = { ... }: {
      system.stateVersion = "25.05";
    };
  };
}
