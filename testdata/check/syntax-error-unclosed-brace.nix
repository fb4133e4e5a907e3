{
  containers.web = {
    autoStart = true;
    config = { };
}
