# An old host (20.09) with a flake container on a bridge, user namespacing picked.
{
  system.stateVersion = "20.09";
  containers.builder = {
    flake = "git+https://example.org/infra#builder";
    privateUsers = "pick";
    privateNetwork = true;
    hostBridge = "br0";
    localAddress = "192.168.10.5/24";
  };
}
