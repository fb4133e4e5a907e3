{
  containers.web.autoStart = true;
}
