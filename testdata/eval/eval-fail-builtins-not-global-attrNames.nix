attrNames { }
