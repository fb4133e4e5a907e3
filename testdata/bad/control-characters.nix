{
  containers.web[31m = { config = { }; };
}
