# A host whose feature switches are declared with a helper library fetched as a
# tarball (`tools.lib.mkEnableOpt "..."`), reached through a module argument that a
# module builds in `_module.args` from an option of its own, as channel-era hosts with
# a shared library write it. NixOS declares each switch with what the helper returns;
# ncc cannot know those declarations, so each is one N301 where it is made and its
# definitions are the open world's. Before, only the first declaration had its N301:
# the others, met while that argument was being made (a provisional pass over the
# declarations, which leaves out what is under way), were remembered as declared without
# them and never noted.
{ config, lib, ... }:
{
  imports = [
    ./hardware-configuration.nix
    ./toolkit.nix
    ./features/backup.nix
    ./features/metrics.nix
  ];

  system.stateVersion = "25.05";
  networking.hostName = "atelier";

  features.backup.enable = true;
  features.metrics.enable = true;

  containers.grafana = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.0.1";
    localAddress = "10.231.0.2";
    config = { ... }: {
      system.stateVersion = "25.05";
      services.grafana.enable = true;
    };
  };
}
