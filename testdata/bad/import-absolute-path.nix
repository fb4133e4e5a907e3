{
  imports = [ /etc/passwd ];
}
