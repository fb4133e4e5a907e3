"in dir"
