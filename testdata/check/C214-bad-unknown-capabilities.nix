# A name without its CAP_ prefix and a misspelt one.
{
  containers.vpn = {
    additionalCapabilities = [ "NET_ADMIN" "CAP_SYS_ADMN" ];
    config = { };
  };
}
