# Nix's regular expressions match bytes, not characters: `.` and `[^a]` are one byte,
# `ö` is two, and a repetition repeats the last byte of a character written before it
{
  dot = builtins.match "h.st" "höst";
  twoDots = builtins.match "h..st" "höst";
  captured = builtins.match "h(..)st" "höst";
  negated = builtins.match "h[^a]st" "höst";
  negatedMany = builtins.match "h[^a]*st" "höst";
  literal = builtins.match "h(ö)st" "höst";
  repeated = builtins.match "(ö+)" "öö";
  repeatedLast = builtins.match "(ö+)" "ööö";
  grouped = builtins.match "((ö)+)" "öö";
  alpha = builtins.match "[[:alpha:]]+" "äbc";
  inClass = builtins.match "[ö]+" "ö";
  split = builtins.split "[^a]" "aöb";
  splitLiteral = builtins.split "ö" "aöbö";
  splitGroup = builtins.split "(ö)" "aöb";
}
