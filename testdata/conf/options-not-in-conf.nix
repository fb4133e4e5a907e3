# Options that shape the unit and the scripts but never the .conf.
{
  system.stateVersion = "25.11";
  containers.unitonly = {
    path = "/nix/var/nix/profiles/per-container/unitonly";
    ephemeral = true;
    enableTun = true;
    tmpfs = [ "/var/tmp" "/tmp:size=1G" ];
    additionalCapabilities = [ "CAP_SYS_ADMIN" "CAP_MKNOD" ];
    allowedDevices = [ { node = "/dev/fuse"; modifier = "rwm"; } ];
    timeoutStartSec = "5min";
    restartIfChanged = false;
    specialArgs = { flavour = "test"; };
    extraVeths.ve-extra = { hostAddress = "10.8.0.1"; localAddress = "10.8.0.2"; };
  };
}
