# system.stateVersion before 22.05: the file goes to /etc/containers, same text.
{
  system.stateVersion = "21.11";
  containers.old = {
    path = "/nix/var/nix/profiles/per-container/old";
    privateNetwork = true;
    hostAddress = "10.231.136.1";
    localAddress = "10.231.136.2";
    autoStart = true;
  };
}
