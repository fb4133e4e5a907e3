{ "assert" = 1; "else" = 2; "then" = 3; "with" = 4; "inherit" = 5; "in" = 6; }
