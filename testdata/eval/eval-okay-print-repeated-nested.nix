let l = [ 1 2 ]; in { a = { x = l; }; b = l; }
