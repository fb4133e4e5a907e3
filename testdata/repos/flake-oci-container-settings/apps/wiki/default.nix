{
  containers = {
    "wiki" = {
      image = "example/wiki:2";
      environment = [ "WIKI_URL" "DB_HOST" ];
      ports = [
        { host = "3000"; container = "3000"; }
      ];
    };
    "wiki-db" = {
      image = "postgres:16-alpine";
      volumes = [ { containerPath = "/var/lib/postgresql/data"; } ];
    };
  };

  # Defaults of the variables the containers read.
  environment = {
    WIKI_URL = "https://wiki.example.org";
    DB_HOST = "wiki-db";
  };
}
