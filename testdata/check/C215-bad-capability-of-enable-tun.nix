# `enableTun` grants CAP_NET_ADMIN (NixOS appends it to additionalCapabilities), so the
# flag repeating it is named for `enableTun`; CAP_SYS_ADMIN is not granted, so its flag
# is no repeat.
{
  containers.tunnel = {
    privateNetwork = true;
    enableTun = true;
    hostAddress = "10.231.140.1";
    localAddress = "10.231.140.2";
    extraFlags = [
      "--capability=CAP_NET_ADMIN"
      "--capability=CAP_SYS_ADMIN"
    ];
    config = { };
  };
}
