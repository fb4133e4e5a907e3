let s = { }; in assert s.a or false; 1
