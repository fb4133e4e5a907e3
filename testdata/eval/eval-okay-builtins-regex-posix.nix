# Nix's regular expressions are POSIX extended ones: each match is the longest at the
# leftmost place it can start, an empty match may follow a longer one, `?` after a
# repetition makes it optional (not lazy), and brackets hold their characters literally.
{
  longest = builtins.split "(a|ab)" "xabx";
  alternatives = builtins.split "(a|ab)(c|bcd)(d*)" "abcd";
  emptyAfter = builtins.split "a*" "baaac";
  emptyEverywhere = builtins.split "(x*)" "abc";
  optionalRepeat = builtins.match "(a*?)(a*)" "aa";
  optionalPlus = [ (builtins.match "a+?" "") (builtins.match "a+?" "aa") ];
  brackets = [ (builtins.match "[[]" "[") (builtins.match "[a&&b]+" "a&b") (builtins.match "[]a]+" "]a") (builtins.match "[^]a]" "b") ];
  classes = builtins.match "[[:alpha:]]+([[:digit:]]*)" "abc123";
}
