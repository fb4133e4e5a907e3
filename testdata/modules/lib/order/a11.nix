{
  items = [ "a11" ];
}
