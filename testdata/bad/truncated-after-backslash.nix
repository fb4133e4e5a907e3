{
  containers.web.hostAddress = "10.0.0.1\