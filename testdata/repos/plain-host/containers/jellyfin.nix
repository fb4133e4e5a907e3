{ ... }:
{
  containers.jellyfin = {
    autoStart = true;
    bindMounts."/media".hostPath = "/srv/media";
    allowedDevices = [ { node = "/dev/dri/renderD128"; modifier = "rw"; } ];
    config = { ... }: { services.jellyfin.enable = true; };
  };
}
