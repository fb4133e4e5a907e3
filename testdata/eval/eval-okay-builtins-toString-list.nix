toString [ 1 2 [ 3 null ] true false "a" ]
