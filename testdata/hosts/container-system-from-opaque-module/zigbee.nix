{ ... }:
{
  services.zigbee2mqtt.enable = true;
  system.stateVersion = "25.05";
}
