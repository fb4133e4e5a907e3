{
  containers.vpn = {
    networkNamespace = "/run/netns/vpn";
    config = { };
  };
}
