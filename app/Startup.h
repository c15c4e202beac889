#pragma once
// The workstation's start: command line, translations, main window, and the scripted
// "--open FILE --select CODE --screenshot PNG" run used by tests and the docs.

namespace eagle {

int runWorkstation(int argc, char** argv);

}  // namespace eagle
