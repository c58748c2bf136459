/**
 * The Node command line over the same core as the extension.
 *   annotate FILE [--url URL] [--format json|csv|w3c] [--explain]   the annotations of a page or a .txt article
 *   annotate --jsonl [FILE|-|DIR] [--jobs N]             many articles, one JSON line each, in input order
 *   eval-conll FILE                                      entity precision/recall/F1 on a CoNLL file
 *   eval-pages [DIR]                                     real saved pages against a reference extraction
 *   eval                                                 every measurement the project reports
 *   tune-summary                                         the summary's weights chosen again, cross-validated
 */
import { annotateCommand } from './annotate';
import { batchCommand, isBatch } from './batch';
import { CliError } from './read-article';

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'annotate') return isBatch(args) ? batchCommand(args) : annotateCommand(args);
  if (command === 'eval-conll') {
    const { evalConllCommand } = await import('./eval-conll');
    return evalConllCommand(args);
  }
  if (command === 'eval-pages') {
    const { evalPagesCommand } = await import('./eval-pages');
    return evalPagesCommand(args);
  }
  if (command === 'tune-summary') {
    const { tuneSummaryCommand } = await import('./tune-summary');
    return tuneSummaryCommand();
  }
  if (command === 'eval') {
    const { evalCommand } = await import('./eval');
    return evalCommand();
  }
  throw new CliError(
    'usage: cli annotate FILE [--url URL] | annotate --jsonl [FILE|-|DIR] | eval-conll FILE | eval-pages [DIR] | eval | tune-summary',
  );
}

// The exit code is set, not forced: `process.exit` would end the process before a pipe has taken all of a long
// result (`annotate page.html | jq` got a cut JSON).
main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(e instanceof CliError ? `error: ${e.message}` : e);
    process.exit(2);
  },
);
