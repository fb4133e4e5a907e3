{
  containers.web.config = { };
  # the file ends inside a three-byte sequence: â‚