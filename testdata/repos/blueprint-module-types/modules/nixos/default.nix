{ lib, ... }:
{
  time.timeZone = lib.mkDefault "UTC";
}
