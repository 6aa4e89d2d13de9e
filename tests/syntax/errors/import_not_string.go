package main

import 42 // ERROR "^syntax error: import path must be a string$"
