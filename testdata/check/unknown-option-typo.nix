{
  containers.web = {
    privateNetwrk = true;
    config = { };
  };
}
