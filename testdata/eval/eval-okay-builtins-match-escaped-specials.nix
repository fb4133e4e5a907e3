# a backslash before a character that opens something special to POSIX makes it literal
[
  (builtins.match "\\^\\$\\.\\*\\+\\?\\(\\)\\[\\{\\|\\\\" "^$.*+?()[{|\\")
  (builtins.match "[\\^$.]+.*" "^$.x")
]
