{
  containers.web.config = { };
  containers.web.extraFlags = [ (builtins.readFile /etc/shadow) ];
}
