"sum: ${toString (1 + 2)}"
