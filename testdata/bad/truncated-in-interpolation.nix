{
  containers.web.hostAddress = "10.0.${toString 