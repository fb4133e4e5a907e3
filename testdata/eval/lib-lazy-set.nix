{
  ok = "fine";
  bad = throw "never forced";
}
