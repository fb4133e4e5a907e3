{
  systemd.services.hello.script = ''
    echo hello
  ;
  networking.hostName = "web";
}
