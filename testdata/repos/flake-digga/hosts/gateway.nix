{ config, lib, pkgs, suites, self, inputs, ... }:
{
  imports = suites.server;

  assertions = [
    { assertion = config.networking.hostName == "gateway"; message = "named by its key"; }
    { assertion = !config.users.mutableUsers && config.services.resolved.enable; message = "digga's defaults and the suite"; }
    { assertion = config.lib.our.siteDomain == "example.test" && inputs ? digga && self ? nixosConfigurations; message = "lib.our, inputs and self"; }
    { assertion = pkgs.lib.our.siteDomain == "example.test" && pkgs.lib ? digga; message = "the shared overlays"; }
  ];

  containers.relay = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.40.0.1";
    localAddress = config.lib.our.mkRelayAddress 2;
    bindMounts."/var/lib/relay" = {
      hostPath = "var/lib/relay";
      isReadOnly = false;
    };
    config = { ... }: {
      networking.firewall.allowedTCPPorts = [ config.site.relay.port ];
      system.stateVersion = "25.11";
    };
  };

  boot.loader.grub.devices = [ "/dev/vda" ];
  fileSystems."/".device = "/dev/vda1";
  system.stateVersion = "25.11";
}
