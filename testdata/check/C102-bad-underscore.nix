# NixOS refuses underscores in declarative container names.
{
  containers.web_frontend.config = { };
}
