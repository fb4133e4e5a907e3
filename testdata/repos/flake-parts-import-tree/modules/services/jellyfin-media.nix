{
  flake.modules.nixos.jellyfin =
    { config, ... }:
    {
      containers.jellyfin.bindMounts."/media" = {
        hostPath = "/srv/media";
        isReadOnly = true;
      };
      containers.jellyfin.forwardPorts = [ { hostPort = 8096; protocl = "tcp"; } ];
    };
}
