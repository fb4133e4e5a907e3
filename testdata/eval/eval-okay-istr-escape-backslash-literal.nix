''a\nb''
