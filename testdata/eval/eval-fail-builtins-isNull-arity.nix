isNull null null
