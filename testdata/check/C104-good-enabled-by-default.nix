# boot.enableContainers defaults to true as soon as a container is declared.
{
  containers.web.config = { };
}
