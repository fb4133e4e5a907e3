{
  containers.empty = {
    autoStart = true;
  };
}
