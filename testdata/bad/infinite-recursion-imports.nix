# The imports decide the config that decides the imports.
{ config, ... }: {
  imports = if config.containers ? web then [ ] else [ ];
  containers.web.config = { };
}
