/** A problem found in one content file, named by file and field so an editor can fix it. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** One readable block for the build log: every problem on its own line, file first. */
function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`);
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return `Content has ${problems.length} ${noun}:\n${lines.join('\n')}`;
}

/** Thrown when content is invalid; the message alone tells the editor what to fix. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.problems = problems;
    this.name = 'ContentError';
    // The message is the whole story; a stack trace into our helpers would only distract.
    this.stack = `${this.name}: ${this.message}`;
  }
}
