{
  containers.web.config = { };
  /* a comment that never ends
