{ self, ... }:
{
  imports = with self.modules.nixos; [ development ];
  networking.hostName = "hub";
  system.stateVersion = "25.11";
  networking.nat = { enable = true; internalInterfaces = [ "ve-+" ]; externalInterface = "eno1"; };
  containers.builds = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.1.0.1";
    localAddress = "10.1.0.2";
    bindMounts."/var/lib/builds" = { hostPath = "/srv/builds"; isReadOnly = false; };
    config = { services.gitea-actions-runner.instances = { }; system.stateVersion = "25.11"; };
  };
}
