# A host that logs each start of its `web` container by giving the unit's ExecStart a
# command of its own: NixOS adds it after the container's start script, and systemd
# refuses a notify service with two ExecStart= lines, so the container does not start.
{
  containers.web = {
    autoStart = true;
    config = { };
  };
  systemd.services."container@web".serviceConfig.ExecStart = [
    "/run/current-system/sw/bin/logger -t web starting"
  ];
}
