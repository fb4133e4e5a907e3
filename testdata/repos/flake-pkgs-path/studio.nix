{
  system.stateVersion = "25.05";
  boot.loader.systemd-boot.enable = true;
  fileSystems."/".device = "/dev/nvme0n1p2";
  networking.nat = { enable = true; internalInterfaces = [ "ve-+" ]; externalInterface = "enp5s0"; };
  containers.render = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.90.0.1";
    localAddress = "10.90.0.2";
    config = { system.stateVersion = "25.05"; };
  };
}
