#include "Startup.h"

int main(int argc, char** argv) { return eagle::runWorkstation(argc, argv); }
