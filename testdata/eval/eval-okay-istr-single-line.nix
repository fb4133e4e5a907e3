''  spaced  ''
