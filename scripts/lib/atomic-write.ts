/**
 * Writes that a full disk, a file-size limit or a crash cannot leave half done: each file is written to a
 * temporary file in its own folder (so the rename stays on one file system) and renamed over its target only
 * when every temporary file of the set is complete. A failed write removes the temporary files (and any folder
 * it created for them) and leaves every target as it was.
 */
import { linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface FileWrite {
  path: string;
  text: string;
  /** Never replace a file that exists: put in place by a hard link, which fails if the name is taken, even by a concurrent write. */
  exclusive?: boolean;
}

/** Files written in full beside their targets, not yet in place: `commit` renames them in, `discard` removes them. */
export interface StagedWrites {
  commit: () => void;
  discard: () => void;
}

/** A name beside `path`, hidden and unique to this process, for its not-yet-complete content. */
export const temporaryPath = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

/** Writes every file to its temporary name; throws, having removed what it wrote, if any write fails. */
export function stageWrites(files: readonly FileWrite[]): StagedWrites {
  const written: string[] = [];
  const madeFolders: string[] = [];
  const discard = () => {
    for (const temporary of written) rmSync(temporary, { force: true });
    // Only the folders this call created, which hold nothing but what it wrote.
    for (const folder of madeFolders.reverse()) rmSync(folder, { recursive: true, force: true });
  };
  try {
    for (const file of files) {
      const made = mkdirSync(dirname(file.path), { recursive: true });
      if (made !== undefined) madeFolders.push(made);
      const temporary = temporaryPath(file.path);
      written.push(temporary);
      writeFileSync(temporary, file.text);
    }
  } catch (error) {
    discard();
    throw error;
  }
  const commit = () => {
    files.forEach((file, index) => {
      if (!file.exclusive) renameSync(written[index], file.path);
      else {
        linkSync(written[index], file.path);
        rmSync(written[index]);
      }
    });
  };
  return { commit, discard };
}

/** Writes every file or none: all temporary files first, then the renames. */
export function writeFilesAtomically(files: readonly FileWrite[]): void {
  const staged = stageWrites(files);
  try {
    staged.commit();
  } catch (error) {
    staged.discard();
    throw error;
  }
}
