1 /* inline */ + /* another
multi-line */ 2
