{ site, ... }:
{
  networking.hostName = "edge";
  system.stateVersion = "25.11";
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";
  containers.proxy = {
    # True: the site's helpers read this host's name from its config as NixOS
    # evaluates it apart ("edge", tagged "server").
    autoStart = site.hasTag "server";
    privateNetwork = true;
    hostAddress = "10.231.12.1";
    # A mistake the check still finds.
    localAddress = "10.231.12.300";
    config.system.stateVersion = "25.11";
  };
}
