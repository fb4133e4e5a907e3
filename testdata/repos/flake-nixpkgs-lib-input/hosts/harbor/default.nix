{
  system.stateVersion = "25.05";
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";
  containers.crane = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.61.0.1";
    # The host's own address given again: the two ends of the link would clash.
    localAddress = "10.61.0.1";
    config = { system.stateVersion = "25.05"; };
  };
}
