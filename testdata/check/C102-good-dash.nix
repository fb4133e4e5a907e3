{
  containers.web-frontend.config = { };
}
