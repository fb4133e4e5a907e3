{
  greeting = "hello";
  number = 7;
}
