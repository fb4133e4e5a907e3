# hostBridge alone under privateNetwork (the address comes from DHCP inside).
{
  system.stateVersion = "24.11";
  containers.dhcp = {
    flake = "git+https://example.org/infra#dhcp";
    privateNetwork = true;
    hostBridge = "lan";
  };
}
