{
  containers.web = {
    hostAddress = "10.0.