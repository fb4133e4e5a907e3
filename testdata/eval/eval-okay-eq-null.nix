[ (null == null) (null == false) (null == 0) (null == "") ]
