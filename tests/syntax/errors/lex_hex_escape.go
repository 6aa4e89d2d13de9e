package main

var s = "\xZZ" // ERROR "^invalid character 'Z' in hexadecimal escape$"
