# Containers declared on a host that disables them: nothing would be emitted.
{
  boot.enableContainers = false;
  containers.web.config = { };
  containers.db.config = { };
}
