{
  items = [ "target-child" ];
}
