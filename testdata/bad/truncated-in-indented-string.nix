{
  containers.web.extraFlags = [ ''
    --private-users=pick