#include "strings.c"
