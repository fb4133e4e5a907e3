{
  networking.hostName = "spare";
}
