{
  containers.web.autoStart = "true";
}
