{
  containers.web.config = { };
  containers.web.autoStart = throw "no decision yet";
  containers.db.autoStart = abort "stop here";
}
