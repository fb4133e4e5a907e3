# A container name that would put files outside the output tree.
{
  containers."../../x".config = { };
}
