{ ... }:
{
  system.stateVersion = "25.11";
  boot.loader.systemd-boot.enable = true;
  fileSystems."/" = { device = "/dev/disk/by-label/nixos"; fsType = "ext4"; };
  media = {
    network = "10.40.0";
    movies = [ "/srv/media/movies" "/mnt/archive/movies" ];
    shows = [ "/srv/media/shows" ];
  };
}
