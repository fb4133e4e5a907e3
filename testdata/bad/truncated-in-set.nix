{
  containers.web = {
    autoStart = true;
