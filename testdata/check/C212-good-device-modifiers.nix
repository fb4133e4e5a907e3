{
  containers.web = {
    allowedDevices = [
      { node = "/dev/fuse"; modifier = "rwm"; }
      { node = "char-usb_device"; modifier = "r"; }
      { node = "/dev/kvm"; modifier = "rw"; }
      { node = "/dev/dri/renderD128"; modifier = "rw"; }
      { node = "char-input"; modifier = "r"; }
    ];
    config = { };
  };
}
