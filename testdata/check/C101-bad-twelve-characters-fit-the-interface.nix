# A 12-character name with a private network: NixOS's assertion rejects it on a kernel
# of 5.8 or older, but `ve-blog-service` is 15 bytes, so a newer systemd-nspawn names
# the interface that, with no shortened name and no alternative one.
{
  containers.blog-service = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    config = { };
  };
}
