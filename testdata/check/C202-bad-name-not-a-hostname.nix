# Names that cannot be a host name, a unit instance and a file name.
{
  containers."web.example.org".config = { };
  containers."-db".config = { };
  containers."a/b".config = { };
}
