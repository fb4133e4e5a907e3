{ ... }:
{
  system.stateVersion = "22.05";
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
  };
}
