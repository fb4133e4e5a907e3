{
  containers.Web-01.config = { };
  containers."2fa".config = { };
}
