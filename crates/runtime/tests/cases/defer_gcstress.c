#include "defer.c"
