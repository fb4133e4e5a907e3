# A container with neither `config`, `path` nor `flake` (M004), whose unit the host tunes:
# the unit belongs to a declared container, so it is no C223 "no container is declared".
{
  containers.builder = {
    autoStart = true;
    privateNetwork = true;
  };
  systemd.services."container@builder".serviceConfig.MemoryMax = "4G";
}
