/**
 * The Node command line over the same core as the extension.
 *   annotate FILE [--url URL] [--format json|csv|w3c]   the annotations of an HTML page or a .txt article
 *   eval-conll FILE                                      entity precision/recall/F1 on a CoNLL file
 *   eval-pages [DIR]                                     real saved pages against a reference extraction
 *   eval                                                 every measurement the project reports
 */
import { analyze, unreadArticleLanguage } from '../core/analyze';
import { EXPORT_FORMATS, exportAnnotations, type ExportFormat } from '../core/export';
import { flag } from './args';
import { CliError, readArticle } from './read-article';

const ANNOTATE_USAGE = 'usage: annotate FILE [--url URL] [--format json|csv|w3c]';
import { nodeResources } from './resources';

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'annotate') {
    const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
    if (!file) throw new CliError(ANNOTATE_USAGE);
    const format = (flag(args, '--format', ANNOTATE_USAGE) ?? 'json') as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) throw new CliError(`unknown format ${format}: json, csv or w3c`);
    const article = readArticle(file, flag(args, '--url', ANNOTATE_USAGE));
    const unread = article && unreadArticleLanguage(article);
    if (!article || unread) {
      console.error(
        unread
          ? `${file}: written in a language Hamish does not read (${unread}); nothing to annotate`
          : `${file}: not an article; nothing to annotate`,
      );
      console.log(
        JSON.stringify(
          {
            lang: null,
            title: '',
            text: '',
            blocks: [],
            mentions: [],
            entities: [],
            quotes: [],
            vague: [],
            summary: { sentences: [], digest: '' },
          },
          null,
          2,
        ),
      );
      return 0;
    }
    const annotations = analyze(article, nodeResources());
    process.stdout.write(
      exportAnnotations(annotations, format, { url: article.url, site: article.site, published: article.published }) +
        (format === 'csv' ? '' : '\n'),
    );
    return 0;
  }
  if (command === 'eval-conll') {
    const { evalConllCommand } = await import('./eval-conll');
    return evalConllCommand(args);
  }
  if (command === 'eval-pages') {
    const { evalPagesCommand } = await import('./eval-pages');
    return evalPagesCommand(args);
  }
  if (command === 'eval') {
    const { evalCommand } = await import('./eval');
    return evalCommand();
  }
  throw new CliError('usage: cli annotate FILE [--url URL] | eval-conll FILE | eval-pages [DIR] | eval');
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
