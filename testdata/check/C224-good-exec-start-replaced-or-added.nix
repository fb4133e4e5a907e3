# The same command run after the container starts (ExecStartPost), and a container whose
# start script is replaced with one command of the host's (mkForce): one ExecStart= each.
{ lib, ... }:
{
  containers.web = {
    autoStart = true;
    config = { };
  };
  systemd.services."container@web".serviceConfig.ExecStartPost = [
    "/run/current-system/sw/bin/logger -t web started"
  ];

  containers.lab.config = { };
  systemd.services."container@lab".serviceConfig.ExecStart =
    lib.mkForce [ "/run/current-system/sw/bin/nspawn-wrapper lab" ];
}
