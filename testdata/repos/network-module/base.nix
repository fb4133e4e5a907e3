# Copied from another machine: its state version disagrees with the host's, which NixOS
# rejects (conflicting definition values).
{ ... }:
{
  system.stateVersion = "23.11";
  containers.tools = {
    privateNetwork = true;
    hostAddress = "10.50.0.1";
    localAddress = "10.50.0.2";
    config = { };
  };
}
