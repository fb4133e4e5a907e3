# systemd looks for a device node named exactly as written: a directory under /dev
# is not one, and a wildcard matches only in a device class (char-input).
{
  containers.media = {
    allowedDevices = [
      { node = "/dev/dri"; modifier = "rw"; }
      { node = "/dev/input/js*"; modifier = "r"; }
    ];
    config = { };
  };
}
