{
  system.stateVersion = "25.11";
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-proxy" ];
    externalInterface = "eth0";
  };
}
