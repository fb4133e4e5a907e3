# systemd-nspawn matches capability names regardless of case.
{
  containers.vpn = {
    additionalCapabilities = [ "CAP_NET_ADMIN" "cap_net_raw" ];
    config = { };
  };
}
