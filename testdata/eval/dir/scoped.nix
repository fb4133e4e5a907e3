toString (x + 2)
