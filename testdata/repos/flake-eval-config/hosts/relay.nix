{ uplink, ... }:
{
  system.stateVersion = "24.11";
  boot.loader.grub.device = "/dev/sda";
  fileSystems."/".device = "/dev/sda1";
  networking.nat = { enable = true; internalInterfaces = [ "ve-+" ]; externalInterface = uplink; };
  containers.bridge = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.40.0.1";
    localAddress = "10.40.0.2";
    config = { system.stateVersion = "24.11"; };
  };
}
