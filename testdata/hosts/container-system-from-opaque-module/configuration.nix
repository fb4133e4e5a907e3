# A host whose guests come from a module fetched from elsewhere: it declares `guests`
# and makes each a NixOS container, with its `config`, from the host's table. The host
# then gives one of them a device (`extraFlags`, `allowedDevices`) and a directory. No
# module ncc evaluates gives containers.zigbee a `config`, a `path` or a `flake`, but the
# module ncc does not evaluate may, and NixOS builds it: unknown (a warning, and `ncc
# build` leaves it out), not a missing system.
{ config, lib, pkgs, ... }:
let
  guestModules = builtins.fetchTarball "https://example.org/guest-modules/archive/main.tar.gz";
in
{
  imports = [ "${guestModules}/guests.nix" ];

  system.stateVersion = "25.05";
  boot.loader.systemd-boot.enable = true;
  fileSystems."/".device = "/dev/sda2";

  guests.zigbee = {
    backend = "container";
    modules = [ ./zigbee.nix ];
  };

  containers.zigbee.extraFlags = [ "--bind=/dev/ttyACM0" ];
  containers.zigbee.allowedDevices = [
    { node = "/dev/ttyACM0"; modifier = "rw"; }
  ];
  containers.zigbee.bindMounts."/var/lib/zigbee2mqtt" = {
    hostPath = "/srv/zigbee2mqtt";
    isReadOnly = false;
  };
}
