{ lib, release, ... }: {
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";
  networking.hostName = "gateway";
  users.motd = "gateway: NixOS ${lib.version}";
  system.stateVersion = release;
  containers.proxy = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.60.0.1";
    localAddress = "10.60.0.2";
    config = { lib, ... }: {
      services.nginx.enable = true;
    };
  };
}
