# A machine id as a file holds it, ending in a newline: inside EXTRA_NSPAWN_FLAGS="…"
# systemd keeps the newline, and the start script splits the flags at it as at a space.
let
  machineId = "5f3c0d7a9b2e4c1d8e6f7a8b9c0d1e2f\n";
in
{
  containers.journal = {
    privateNetwork = true;
    hostAddress = "10.231.7.1";
    localAddress = "10.231.7.2";
    extraFlags = [ "--uuid=${machineId}" ];
    bindMounts."/var/log/journal/${machineId}" = {
      hostPath = "/var/log/containers/journal";
      isReadOnly = false;
    };
    config = { };
  };
}
