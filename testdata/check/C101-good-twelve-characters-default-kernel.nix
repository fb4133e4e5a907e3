# A 12-character name with a private network on a host that leaves its kernel to NixOS:
# NixOS 25.11's default kernel is newer than 5.8, so its assertion does not apply, and
# `ve-media-server` fits Linux's 15 bytes as it is.
{
  containers.media-server = {
    privateNetwork = true;
    hostAddress = "10.231.137.1";
    localAddress = "10.231.137.2";
    config = { };
  };
}
