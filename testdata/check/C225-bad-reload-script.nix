# A host that logs each reload of its `web` container with a `reload` script of the unit:
# NixOS makes it the unit's ExecReload, which its containers module already sets to the
# container's own reload script, and nixos-rebuild stops on the two values.
{
  containers.web = {
    autoStart = true;
    config = { };
  };
  systemd.services."container@web".reload = ''
    logger -t web "reloading"
  '';
}
