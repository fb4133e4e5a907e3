# A 12-character name with a private network on a host that picks its kernel: NixOS's
# assertion rejects it on a kernel of 5.8 or older, and ncc cannot see which this is.
# `ve-blog-service` is 15 bytes, so a newer systemd-nspawn names the interface that,
# with no shortened name and no alternative one.
{ pkgs, ... }:
{
  boot.kernelPackages = pkgs.linuxPackages_5_4;

  containers.blog-service = {
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    config = { };
  };
}
