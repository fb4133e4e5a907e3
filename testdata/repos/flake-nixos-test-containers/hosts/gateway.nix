{ ... }:
{
  networking.hostName = "gateway";
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";
  system.stateVersion = "25.11";

  containers.resolver = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.70.0.1";
    localAddress = "10.70.0.2";
    config = {
      services.unbound.enable = true;
      system.stateVersion = "25.11";
    };
  };
}
