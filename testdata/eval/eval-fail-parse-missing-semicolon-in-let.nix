let
  port = 8080
  host = "localhost";
in
"${host}:${toString port}"
