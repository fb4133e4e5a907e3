[ (true == true) (true == false) (false != true) ]
