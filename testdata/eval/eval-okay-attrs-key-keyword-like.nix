{ "rec" = 1; "let" = 2; "or" = 3; "true" = 4; }
