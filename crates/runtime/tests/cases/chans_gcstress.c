#include "chans.c"
