{ inputs, ... }:
let
  mkContainerGuest = name: extra: {
    ${name} = {
      backend = "container";
      modules = [ ./guests/${name}.nix ];
      container.macvlans = [ "lan:mv-lan" ];
    } // extra;
  };
in
{
  imports = [ inputs.guest-modules.nixosModules.guests ];

  system.stateVersion = "25.05";
  boot.loader.systemd-boot.enable = true;
  fileSystems."/".device = "/dev/nvme0n1p2";
  networking.hostName = "hub";

  guests = mkContainerGuest "sensors" { } // mkContainerGuest "media" { autostart = true; };

  # The radio dongle, for the sensors' zigbee bridge.
  containers.sensors.extraFlags = [ "--bind=/dev/ttyUSB0" ];
  containers.sensors.allowedDevices = [
    { node = "/dev/ttyUSB0"; modifier = "rw"; }
  ];
  containers.media.bindMounts."/srv/media" = {
    hostPath = "/tank/media";
    isReadOnly = true;
  };
}
