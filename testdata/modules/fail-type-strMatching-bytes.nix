# strMatching matches bytes, as Nix's regular expressions do: `.` is one byte, so it
# does not match the two bytes of `ö`
{ lib, ... }:
{
  options.name = lib.mkOption { type = lib.types.strMatching "h.st"; };
  config.name = "höst";
}
