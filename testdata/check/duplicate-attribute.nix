{
  containers.web.autoStart = true;
  containers.web.autoStart = false;
  containers.web.config = { };
}
