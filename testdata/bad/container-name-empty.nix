{
  containers."".config = { };
}
