/**
 * What `signpost --help` prints, before the help lines.
 *
 * @example
 * ```ts
 * console.log(USAGE);
 * ```
 */
export const USAGE = `Usage: signpost <command> [arguments] [--json | --csv]

UK police-recorded child sexual offence figures, with their sources and the help lines.

Commands:
  figures <area> [year]     everything held for an area and year (default: latest), e.g. figures Derbyshire 2016/17
  series <area> [measure]   a measure's figures year by year, e.g. series Staffordshire
  areas [text]              every area, or the areas matching some text
  helplines                 the help lines
  coverage                  which forces and years hold figures
  export <dir>              write the dataset as a Frictionless Data Package (datapackage.json, CSVs, JSON)
  changes <from> <to>       figures added, changed and withdrawn between two releases (package dirs or dataset.json)

Options:
  --json         print JSON (every object has a "help" field)
  --csv          print CSV, one row per figure and source (figures and series)
  -h, --help     show this
  -v, --version  print the SDK's version and the dataset's version

Exit codes: 0 found, 1 no figure or no match, 2 usage error.
Recorded offences are not a measure of how many children are abused.`;
