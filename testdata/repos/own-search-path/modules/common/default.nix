# The settings of an older host, no longer imported by any.
{ ... }:
{
  networking.hostName = "common";
}
