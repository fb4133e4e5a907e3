# An `allowedDevices` entry with its node and no modifier: NixOS writes each entry into
# the unit's `DeviceAllow=` as "node modifier", and stops there ("The option
# `containers.media.allowedDevices."[definition 1-entry 1]".modifier' was accessed but
# has no value defined"), shown at the list; the second entry lacks its node.
{ lib, ... }:
{
  containers.media = {
    autoStart = true;
    bindMounts."/dev/dri" = {
      hostPath = "/dev/dri";
      isReadOnly = false;
    };
    allowedDevices = [
      { node = "/dev/dri/renderD128"; }
      { modifier = "rw"; }
      { node = "/dev/net/tun"; modifier = "rwm"; }
    ];
    config = { pkgs, ... }: {
      services.jellyfin.enable = true;
      system.stateVersion = "24.11";
    };
  };
}
