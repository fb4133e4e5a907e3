{
  system.stateVersion = "24.11";
  boot.loader.generic-extlinux-compatible.enable = true;
  fileSystems."/".device = "/dev/mmcblk0p2";
  containers.minio = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.41.0.1";
    # Not an IPv4 address: the container would not start.
    localAddress = "10.41.0.300";
    config = { system.stateVersion = "24.11"; };
  };
}
