{
  containers.café.config = { };
}
