// Zips that are the same bytes for the same files, on any machine: entries sorted by path, one fixed
// timestamp, Unix permissions 644 for every file, maximum compression. fflate writes the DOS timestamp
// from the Date's local-time fields, so the date is made from local fields too (a UTC instant would
// move with the machine's time zone).
import { zipSync } from 'fflate';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** 2026-01-01 00:00:00 in every time zone. */
export const ZIP_TIME = new Date(2026, 0, 1, 0, 0, 0);

/** Every file under `dir`, by path relative to it with forward slashes. */
export function filesUnder(dir) {
  const out = {};
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p).split('\\').join('/')] = readFileSync(p);
    }
  };
  walk(dir);
  return out;
}

/** A reproducible zip of `files` (path → bytes). */
export function reproducibleZip(files) {
  const entries = {};
  for (const path of Object.keys(files).sort()) entries[path] = [files[path], { os: 3, attrs: 0o100644 << 16 }];
  return zipSync(entries, { level: 9, mtime: ZIP_TIME });
}
