"a\nb"
