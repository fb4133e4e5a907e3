{ ... }:
{
  microvm.interfaces = [ { type = "tap"; id = "vm-web"; mac = "02:00:00:00:00:01"; } ];
  system.stateVersion = "25.11";
}
