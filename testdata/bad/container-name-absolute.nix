{
  containers."/etc/passwd".config = { };
}
