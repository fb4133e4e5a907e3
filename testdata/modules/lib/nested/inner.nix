{
  items = [ "inner" ];
}
