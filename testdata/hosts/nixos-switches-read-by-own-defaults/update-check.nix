# The host's own options, defaulting to what NixOS's switches say.
{ config, lib, ... }:
let
  cfg = config.homelab;
in
{
  options.homelab = {
    updateCheck.enable = lib.mkOption {
      type = lib.types.bool;
      default = config.virtualisation.docker.enable || config.virtualisation.podman.enable;
      description = "Check the container images for updates.";
    };
    metrics.caddy = lib.mkEnableOption "scraping caddy's metrics" // {
      default = config.services.caddy.enable;
    };
  };

  config = lib.mkIf cfg.updateCheck.enable {
    systemd.services."container@vault".serviceConfig = {
      MemoryMax = "1G";
      CPUQuota = "50%";
    };
    assertions = [
      {
        assertion = config.nix.enable;
        message = "the update check pulls images with nix";
      }
    ];
  };
}
