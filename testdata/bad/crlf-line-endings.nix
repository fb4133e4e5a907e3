{
  containers.web = {
    autoStart = "yes";
    config = { };
  };
}
