package main

/* unterminated // ERROR "^comment not terminated$"
