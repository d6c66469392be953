import { CAVEAT_SUMMARY } from '@signpost-uk/domain';

/**
 * What `signpost --help` prints, before the help lines.
 *
 * @example
 * ```ts
 * console.log(USAGE);
 * ```
 */
export const USAGE = `Usage: signpost <command> [arguments] [options] [--json | --csv]

UK police-recorded child sexual offence figures, with their sources and the help lines.

Commands:
  figures <area> [year]     everything held for an area and year (default: latest), e.g. figures Derbyshire 2016/17
  series <area> [measure]   a measure's figures year by year, e.g. series Staffordshire --from 2015/16
  areas [text]              every area, or the areas matching some text
  measures                  the measures figures are held for (ids to pass as a measure)
  age-bands                 the age bands figures are broken down by
  ons <code>                the area with an ONS Police Force Area code, e.g. ons E23000018
  hierarchy <area>          a force's region and nation, or the forces in a region or nation, e.g. hierarchy Wales
  helplines                 the help lines
  coverage                  which forces and years hold figures
  export <dir>              write the dataset as a Frictionless Data Package (datapackage.json, CSVs, JSON)
  changes <from> <to>       figures added, changed and withdrawn between two releases (package dirs or dataset.json)
  compare <area> <area>...  two or more areas side by side for one year, e.g. compare Derbyshire Staffordshire
  national [year]           the national figures for a year (default: latest), e.g. national 2019/20

Options:
  --from <year>, --to <year>  series: the first and last financial years to include
  --year <year>               compare: the financial year (default: the latest all the areas hold)
  --measure <measure>         figures, compare, national: one measure (see measures), e.g. --measure grooming
  --age-band <band>           figures, series: one age band (see age-bands), e.g. --age-band "under 13"
  --sex <girls|boys>          figures, series: figures for girls or for boys
  --platform <name>           figures, series: one platform, e.g. --platform Snapchat
  --json                      print JSON (every object has a "help" field)
  --csv                       print CSV (figures and series: one row per figure and source)
  -h, --help                  show this
  -v, --version               print the SDK's version and the dataset's version

Exit codes: 0 found, 1 no figure or no match, 2 usage error or input that cannot be read, 3 help first.
${CAVEAT_SUMMARY}`;
