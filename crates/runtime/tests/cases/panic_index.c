#include "rt.h"
void mainf(void) __asm__("main.main");
void initf(void) __asm__("main.init");
void initf(void) {}
void mainf(void) { rt_panicIndex(5, 3); }
