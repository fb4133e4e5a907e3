{
  flake.modules.nixos.gateway = { lib, ... }: {
    networking.nat.enable = true;
    networking.nat.internalInterfaces = [ "ve-proxy" ];
    containers.proxy = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "10.40.0.1";
      localAddress = "10.40.0.2";
      config.system.stateVersion = "25.11";
    };
  };
  flake.modules.nixos.gateway-storage = {
    containers.proxy.bindMounts."/var/cache/proxy" = {
      hostPath = "srv/proxy-cache";
      isReadOnly = false;
    };
  };
}
