{ ... }: {
  containers.web = {
    privateNetwork = true;
    hostAddress = "10.231.0.1";
    localAddress = "10.231.0.2";
    config = { system.stateVersion = "25.11"; };
  };
  system.stateVersion = "25.11";
}
