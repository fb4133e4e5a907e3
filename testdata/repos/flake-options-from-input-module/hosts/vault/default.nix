{ config, ... }:
{
  keep.directories = [ "/var/lib/vaultwarden" ];
  containers.vaultwarden = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.60.0.1";
    localAddress = "10.60.0.2";
    bindMounts.data = {
      mountPoint = "var/lib/vaultwarden";
      hostPath = "${config.keepRoot}/vaultwarden";
      isReadOnly = false;
    };
    config = { system.stateVersion = "25.05"; };
  };
  system.stateVersion = "25.05";
}
