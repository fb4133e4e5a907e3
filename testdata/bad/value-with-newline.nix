# A newline in a value would inject a line into the .conf file.
{
  containers.web = {
    config = { };
    hostAddress = "10.0.0.1\nEXTRA_NSPAWN_FLAGS=--capability=all";
    privateNetwork = true;
  };
}
