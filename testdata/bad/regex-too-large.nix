{
  containers.web.config = { };
  containers.web.autoStart = builtins.match "(a{1000}){1000}{1000}" "a" == null;
}
