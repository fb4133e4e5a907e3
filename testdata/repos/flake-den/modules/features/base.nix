{
  den.aspects.base.nixos = {
    networking.firewall.enable = true;
    networking.nat = {
      enable = true;
      internalInterfaces = [ "ve-+" ];
      externalInterface = "eth0";
    };
  };
}
