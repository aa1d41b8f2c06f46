/** Rewrites a text file in place through `change`: how the build tests alter a copy of the content. */
import { readFileSync, writeFileSync } from 'node:fs';

export const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
