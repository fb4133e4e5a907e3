{ ... }:
let
  environment = builtins.getEnv "ENVIRONMENT";
in
{
  boot.loader.grub.device = "/dev/sda";
  fileSystems."/".device = "/dev/sda1";
  networking.hostName = "irc";
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "ens3";
  };
  containers.bridge = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.0.1";
    localAddress = "10.231.0.2";
    forwardPorts = [ { hostPort = 8448; containerPort = 8448; protocol = "tpc"; } ];
    config = { ... }: {
      services.matrix-synapse.enable = environment == "production";
      system.stateVersion = "24.11";
    };
  };
  system.stateVersion = "24.11";
}
