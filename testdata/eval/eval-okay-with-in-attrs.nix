{ x = with { y = 5; }; y; }
