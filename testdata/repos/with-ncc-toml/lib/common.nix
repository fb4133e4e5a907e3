{ ... }:
{
  system.stateVersion = "24.05";
}
