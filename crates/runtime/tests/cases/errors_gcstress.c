#include "errors.c"
