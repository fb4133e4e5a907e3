[ (!true) (!false) (!!true) ]
