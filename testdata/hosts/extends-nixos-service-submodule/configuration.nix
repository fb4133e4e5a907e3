# A host that adds its own options to a NixOS service by declaring the service as a
# submodule: nixpkgs merges the sub-options NixOS declares under `services.tailscale`
# into it, so `services.tailscale.enable` is NixOS's option and `tags` the host's own.
# A typo in an option ncc checks is still reported.
{ config, lib, ... }:
let
  cfg = config.services.tailscale;
in
{
  options.services.tailscale = lib.mkOption {
    type = lib.types.submodule {
      options.tags = lib.mkOption {
        type = lib.types.listOf lib.types.str;
        default = [ ];
      };
    };
  };

  config = {
    system.stateVersion = "25.11";
    boot.loader.grub.device = "/dev/sda";
    fileSystems."/".device = "/dev/sda1";

    services.tailscale = {
      enable = true;
      useRoutingFeatures = "both";
      extraUpFlags = [ "--advertise-tags=${lib.concatStringsSep "," cfg.tags}" ];
      tags = [ "tag:server" ];
    };

    networking.nat = {
      enable = true;
      internalInterfaces = [ "ve-relay" ];
      externalInterface = "eth0";
    };

    containers.relay = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "10.80.0.1";
      localAddress = "10.80.0.2";
      # A container's `tags` are not the host's: a typo of `enableTun`.
      enableTunn = true;
      config.system.stateVersion = "25.11";
    };
  };
}
