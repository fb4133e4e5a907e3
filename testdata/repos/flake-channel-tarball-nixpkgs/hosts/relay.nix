{ ... }:
{
  networking.hostName = "relay";
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";
  system.stateVersion = "25.11";

  containers.proxy = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.40.0.1";
    localAddress = "10.40.0.2";
    config = {
      services.haproxy.enable = true;
      system.stateVersion = "25.11";
    };
  };
}
