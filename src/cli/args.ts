/** The command line's flags: `--name value`, a flag without its value being a clear error. */
import { CliError } from './read-article';

export function flag(args: string[], name: string, usage: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) throw new CliError(`${name} needs a value\n${usage}`);
  return v;
}

/** The first argument that is neither a flag nor the value of one of the flags named in `valued` (`-` is stdin). */
export function positional(args: string[], valued: string[]): string | undefined {
  return args.find((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1]));
}
