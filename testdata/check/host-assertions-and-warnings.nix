# NixOS's own assertions and warnings, written by the host: a failed assertion is an error,
# a warning is a warning.
{ config, lib, ... }:
{
  assertions = [
    { assertion = config.containers ? web; message = "the web container must exist"; }
    { assertion = config.containers.web.autoStart; message = "web must start at boot"; }
  ];
  warnings = lib.optional (!config.containers.web.privateNetwork) "web shares the host's network";
  containers.web.config = { };
}
