# Reads a file that is neither in the repository nor ignored by it: still an error.
{ lib, ... }:
{
  networking.hostName = lib.removeSuffix "\n" (builtins.readFile ./site/hostname);
}
