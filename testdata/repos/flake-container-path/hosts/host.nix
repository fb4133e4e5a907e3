{ ... }:
{
  boot.loader.grub.device = "/dev/sda";
  fileSystems."/".device = "/dev/sda1";
  system.stateVersion = "25.05";
  containers.www = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.30.0.1";
    localAddress = "10.30.0.2";
  };
}
