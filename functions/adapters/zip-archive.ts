import { zipSync, type Zippable } from 'fflate';

export interface ArchiveEntry {
  path: string;
  bytes: Uint8Array;
}

/**
 * A zip of the entries given (fflate: pure JS, a few KB as bundled). Text and mail deflate; a PDF is
 * already compressed and is stored as is. A path given twice keeps both, numbered.
 */
export function zipArchive(entries: ArchiveEntry[], modified: Date): Uint8Array {
  const files: Zippable = {};
  for (const entry of entries) {
    let path = entry.path;
    for (let n = 2; path in files; n += 1) path = entry.path.replace(/(\.[^./]*)?$/, (ext) => `-${n}${ext}`);
    files[path] = [entry.bytes, { level: /\.pdf$/i.test(path) ? 0 : 6, mtime: modified }];
  }
  return zipSync(files);
}
