{
  containers.web = ;
}
