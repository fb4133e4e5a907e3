{ site, ... }:
{
  system.stateVersion = "25.11";
  time.timeZone = if site == "north" then "Europe/Oslo" else "UTC";
}
