{
  networking.hostName = "lab";
}
