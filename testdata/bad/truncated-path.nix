{
  imports = [ ./