{ ... }:
{
  networking.hostName = "lab";
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "eth0";
  };
}
