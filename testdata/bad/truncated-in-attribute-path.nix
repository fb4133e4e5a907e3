{
  containers.web.