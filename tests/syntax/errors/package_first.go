func main() {} // ERROR "^syntax error: package statement must be first$"
