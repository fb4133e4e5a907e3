{isTest, sources, ...}: {
  boot.loader.grub.device = "/dev/sda";
  fileSystems."/".device = "/dev/sda1";
  networking.nat = {
    enable = true;
    internalInterfaces = ["ve-+"];
    externalInterface = "ens3";
  };
  containers.blog = {
    autoStart = !isTest;
    privateNetwork = true;
    hostAddress = "10.233.1.1";
    localAddress = "10.233.1.2";
    config = {...}: {
      services.nginx.enable = true;
      system.stateVersion = "24.05";
    };
  };
}
