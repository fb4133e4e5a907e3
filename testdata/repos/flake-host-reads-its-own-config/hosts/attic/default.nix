{ ... }:
{
  system.stateVersion = "25.11";
  boot.loader.grub.device = "/dev/sda";
  fileSystems."/" = { device = "/dev/sda1"; fsType = "ext4"; };
  media = {
    # Not an address prefix: the container's addresses are made of it.
    network = "10.41";
    movies = [ "/data/movies" ];
  };
}
