{ domain, ... }:
{
  system.stateVersion = "25.05";
  networking.domain = domain;
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "eth0";
  };
}
