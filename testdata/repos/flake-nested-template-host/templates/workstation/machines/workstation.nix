{ owner, ... }:
{
  system.stateVersion = "25.05";
  networking.hostName = "%HOST%";
  boot.loader.systemd-boot.enable = true;
  fileSystems."/".device = "/dev/nvme0n1p2";
  users.users.${owner}.isNormalUser = true;

  containers.sandbox = {
    autoStart = false;
    privateNetwork = true;
    hostAddress = "10.250.0.1";
    localAddress = "10.250.0.2";
    config = { ... }: {
      system.stateVersion = "25.05";
    };
  };
}
