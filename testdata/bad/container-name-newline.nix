{
  containers."web\nExecStart=/bin/sh".config = { };
}
