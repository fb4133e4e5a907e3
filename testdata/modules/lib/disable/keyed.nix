{
  key = "keyed-module";
  items = [ "keyed" ];
}
