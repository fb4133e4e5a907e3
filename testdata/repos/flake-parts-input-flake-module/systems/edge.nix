{
  containers.proxy = {
    autoStart = true;
    config = { system.stateVersion = "25.05"; };
  };
  system.stateVersion = "25.05";
}
