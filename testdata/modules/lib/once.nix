{
  items = [ "once" ];
}
