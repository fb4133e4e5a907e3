# no options declared at all
{
  config.a = 1;
}
