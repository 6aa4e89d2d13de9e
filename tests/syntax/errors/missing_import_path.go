package main

import fmt // ERROR "^syntax error: missing import path$"
