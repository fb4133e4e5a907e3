{ ... }:
{
  containers.wiki = {
    autoStart = true;
    ephemeral = true;
    config = { ... }: {
      services.nginx.enable = true;
    };
  };
}
