#pragma once

// `rapport import-clients` and `rapport export-csv`: the Import / export page's work on the
// command line, without a window (scripts and tests).
namespace rapport {

/** Runs `rapport import-clients FILE …` (argv[1] is "import-clients"); returns the exit code. */
int runImportCommand(int argc, char **argv);
/** Runs `rapport export-csv …` (argv[1] is "export-csv"); returns the exit code. */
int runExportCommand(int argc, char **argv);

} // namespace rapport
