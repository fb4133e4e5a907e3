{ ... }:
{
  services.resolved.enable = true;
}
