package main

var x = 1 ﻿ // ERROR "^invalid BOM in the middle of the file$"
