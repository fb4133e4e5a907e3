{
  containers.web.config = { };﻿
}
