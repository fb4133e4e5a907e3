# What the host changes when /persist is kept: written as the whole module's `config`
# under one condition, an option of the pinned module.
{ config, lib, ... }:
{
  config = lib.mkIf config.keep.enable {
    systemd.services.systemd-machine-id-commit.enable = false;
    systemd.services.seed-store.unitConfig.ConditionPathExists = "/nix/store/.seed";
  };
}
