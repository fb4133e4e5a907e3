# Not imported by any host yet: its container's name breaks NixOS's assertion whatever
# host imports it, so it is reported.
{ ... }:
{
  containers.media_server = {
    autoStart = true;
    config = { services.jellyfin.enable = true; };
  };
}
