# a module's config must be a set, even when no option is declared
{
  config = 1;
}
