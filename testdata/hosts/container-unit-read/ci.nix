# The CI master waits for the binary cache container, as buildbot setups do.
{ config, lib, ... }:
{
  services.buildbot-master.enable = true;
  systemd.services.buildbot-master = {
    after = [ config.systemd.services."container@attic".name ];
    wants = lib.optional config.containers.attic.autoStart config.systemd.services."container@attic".name;
  };
}
