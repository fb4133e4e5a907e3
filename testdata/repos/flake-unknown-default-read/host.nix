{
  networking.hostName = "sandbox";
  containers.runner = {
    autoStart = true;
    config = { };
  };
}
