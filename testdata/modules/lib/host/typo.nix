{
  containers.web.hostAdress = "10.0.0.1";
}
