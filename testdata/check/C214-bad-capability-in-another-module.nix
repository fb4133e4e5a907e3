# A profile module grants capabilities to the container, and the host adds more: the
# misspelt one points at the profile's definition, the unprefixed one at the host's.
let
  networkProfile = { containers.vpn.additionalCapabilities = [ "CAP_NET_ADMN" ]; };
in
{
  imports = [ networkProfile ];
  containers.vpn = {
    additionalCapabilities = [ "CAP_NET_RAW" "NET_BIND_SERVICE" ];
    enableTun = true;
    config = { };
  };
}
