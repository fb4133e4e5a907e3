{
  _file = "custom-name.nix";
  n = "not an int";
}
