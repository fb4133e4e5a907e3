# An option defined as itself, through the module system's config fixpoint.
{ config, ... }: {
  containers.web = {
    autoStart = config.containers.web.autoStart;
    config = { };
  };
}
