{ fleet, ... }:
{
  networking.hostName = "quay";
  system.stateVersion = "25.05";
  networking.nat = { enable = true; internalInterfaces = [ "ve-+" ]; externalInterface = "eth0"; };
  containers.ledger = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = fleet.quay.address;
    localAddress = "10.40.1.300";
    config = { services.postgresql.enable = true; system.stateVersion = "25.05"; };
  };
}
