let autoStart = autoStart;
in {
  containers.web = {
    inherit autoStart;
    config = { };
  };
}
