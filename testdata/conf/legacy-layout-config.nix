# An old host (19.03) with a `config` container: /etc/containers, no SYSTEM_PATH.
{
  system.stateVersion = "19.03";
  containers.legacy = {
    config = { };
    interfaces = [ "eth1" ];
  };
}
