"\a\q\u00e9"
