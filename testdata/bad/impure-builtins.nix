{
  containers.web.config = { };
  containers.web.hostAddress = builtins.getEnv "HOST_ADDRESS";
  containers.web.localAddress = toString builtins.currentTime;
}
