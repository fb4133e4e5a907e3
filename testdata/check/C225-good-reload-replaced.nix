# The container's reload replaced by the host's commands (mkForce discards NixOS's, and a
# `reload` script too), NixOS's own script kept among them; and an empty `reload`, which
# defines nothing.
{ lib, ... }:
{
  containers.web = {
    autoStart = true;
    config = { };
  };
  systemd.services."container@web" = {
    reload = "logger -t web reloading";
    serviceConfig.ExecReload = lib.mkForce [
      "/run/current-system/sw/bin/logger -t web reloading"
      "/etc/ncc/scripts/reload-container"
    ];
  };

  containers.db.config = { };
  systemd.services."container@db".reload = "";
}
