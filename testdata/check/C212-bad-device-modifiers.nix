# systemd ignores a line with a modifier outside rwm or a node outside /dev, and an
# empty modifier grants rwm.
{
  containers.web = {
    allowedDevices = [
      { node = "/dev/fuse"; modifier = "rw+"; }
      { node = "/dev/kvm"; modifier = ""; }
      { node = "dev/sda"; modifier = "r"; }
    ];
    config = { };
  };
}
