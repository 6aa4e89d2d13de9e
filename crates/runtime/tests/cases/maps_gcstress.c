/* maps.c under MINGODEBUG=gcstress=1 (a collection at every allocation) */
#include "maps.c"
