{ self, ... }: {
  containers.jellyfin = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.80.0.1";
    localAddress = "10.80.0.2";
    bindMounts."/srv/media" = { hostPath = "/srv/media"; isReadOnly = true; };
    config = { imports = [ self.nixosModules.media ]; system.stateVersion = "25.11"; };
  };
}
