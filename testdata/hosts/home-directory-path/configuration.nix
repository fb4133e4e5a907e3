# A module of the host's own declares where a service keeps its downloads, defaulting
# to a directory in the home of whoever evaluates (`~/downloads`, as Nix resolves it
# against $HOME); the host sets one of the two and leaves the other at its default.
# NixOS builds this: the path is the evaluating user's. ncc cannot know that home, so
# the mount of the default says so, and the rest of the host (a container name with an
# underscore) is checked.
{ config, lib, ... }:
let
  cfg = config.services.fetcher;
in
{
  options.services.fetcher = {
    downloads = lib.mkOption {
      type = lib.types.path;
      default = ~/downloads;
    };
    archive = lib.mkOption {
      type = lib.types.path;
      default = ~/archive;
    };
  };

  config = {
    services.fetcher.downloads = /srv/downloads;

    containers.fetcher = {
      autoStart = true;
      bindMounts."/downloads" = {
        hostPath = toString cfg.downloads;
        isReadOnly = false;
      };
      bindMounts."/archive".hostPath = toString cfg.archive;
      config.system.stateVersion = "25.05";
    };

    containers.feeds_reader.config = { };

    system.stateVersion = "25.05";
  };
}
