{isTest, ...}: {
  boot.loader.grub.device = "/dev/sda";
  fileSystems."/".device = "/dev/sda1";
  containers.postgres = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.233.2.1";
    localAddress = "10.233.2.300";
    config = {...}: {
      services.postgresql.enable = !isTest;
      system.stateVersion = "24.05";
    };
  };
}
