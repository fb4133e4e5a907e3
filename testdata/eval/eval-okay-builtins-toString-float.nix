[ (toString 1.5) (toString 0.1) (toString 1.0e20) (toString 2.0) ]
