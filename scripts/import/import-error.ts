/** A refusal of the import: what is wrong and, when it is about the text, the line that shows it. */
export class ImportError extends Error {
  /** 1-based line in the source text; undefined when the problem is not one line (e.g. structure.yaml). */
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = 'ImportError';
    this.line = line;
  }
}
