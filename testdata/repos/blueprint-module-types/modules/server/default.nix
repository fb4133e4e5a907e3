# Given the publishing flake by blueprint: `flake` here is this one.
{ flake, ... }:
{
  imports = [ flake.modules.server.proxy ];
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "eth0";
  };
}
