{ outputs, ... }:
{
  containers.scratch_pad.config = { };
  system.stateVersion = "25.05";
}
