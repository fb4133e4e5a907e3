assert true -> false; 1
