{
  containers.feeds = {
    image = "example/feeds:latest";
    autoStart = true;
    ports = [ { host = "8080"; container = "80"; } ];
  };
}
