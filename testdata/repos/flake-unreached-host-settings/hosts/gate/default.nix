{ ... }:
{
  networking.hostName = "gate";
  networking.bridges.br-lab.interfaces = [ "enp3s0" ];
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "enp2s0";
  };
  boot.loader.systemd-boot.enable = true;
  fileSystems."/".device = "/dev/disk/by-label/root";
  system.stateVersion = "25.11";
}
