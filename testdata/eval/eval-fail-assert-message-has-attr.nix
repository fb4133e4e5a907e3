let s = { }; in assert s ? a; 1
