# Joining an existing network namespace and creating a private network at once.
{
  containers.vpn = {
    networkNamespace = "/run/netns/vpn";
    privateNetwork = true;
    interfaces = [ "wg0" ];
    config = { };
  };
}
