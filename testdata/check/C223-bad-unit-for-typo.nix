# A typo in the unit's name: the memory limit reaches no container.
{
  containers.web.config = { };
  systemd.services."container@wbe".serviceConfig.MemoryMax = "2G";
  systemd.services."container@mail".after = [ "network-online.target" ];
}
