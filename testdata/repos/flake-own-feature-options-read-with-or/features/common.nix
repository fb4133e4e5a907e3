{ config, lib, ... }:
let
  enabled = lib.filterAttrs (_: feature: feature.enable or false) (config.lab.features or { });
in
{
  config.assertions = lib.mapAttrsToList (name: feature: {
    assertion = !((feature.openFirewall or false) && (feature.listenInterfaces or [ ]) == [ ]);
    message = "lab.features.${name}.listenInterfaces must be set when openFirewall is enabled";
  }) enabled;
  config.networking.firewall.allowedTCPPorts = lib.concatLists (lib.mapAttrsToList
    (_: feature: lib.optional (feature.openFirewall or false) (feature.port or 443))
    enabled);
}
