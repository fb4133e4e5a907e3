# Containers' units tuned by the host and by a module that keeps them behind a condition
# ncc cannot know. `container@mail` has only the host's own definitions, whatever the
# condition in media.nix decides, and is read: it names a container the host does not
# declare (`mail` is `mx`): NixOS would install a unit of its own that does not start.
# What media.nix sets for `container@media` is behind the condition: that unit is unknown.
{ config, lib, ... }:
{
  imports = [ ./media.nix ];

  networking.hostName = "attic";
  system.stateVersion = "24.11";

  containers.mx = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.250.0.1";
    localAddress = "10.250.0.2";
    config = { ... }: {
      services.postfix.enable = true;
      system.stateVersion = "24.11";
    };
  };

  containers.media = {
    autoStart = true;
    config = { ... }: {
      services.jellyfin.enable = true;
      system.stateVersion = "24.11";
    };
  };

  systemd.services."container@mail".serviceConfig.MemoryMax = "512M";
}
