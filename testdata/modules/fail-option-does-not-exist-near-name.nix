# a misspelt option (autostart for autoStart): no suggestion in 25.11
{ lib, ... }:
{
  options.autoStart = lib.mkOption { type = lib.types.bool; default = false; };
  config.autostart = true;
}
