package 42 // ERROR "^syntax error: unexpected literal 42, expecting name$"
