{
  items = [ "b1" ];
}
