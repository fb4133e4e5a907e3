# POSIX `.` matches any character, a newline too: a file's text matched whole, as
# configurations match what they read
let
  text = "[Unit]\nDescription=web\n\n[Service]\nExecStart=/bin/web\n";
in
{
  whole = builtins.match ".*ExecStart=([^\n]*).*" text;
  dot = builtins.match "a.b" "a\nb";
  lines = builtins.split "\n." "a\nb\nc";
  negated = builtins.match "[^x]*" "a\nb";
}
