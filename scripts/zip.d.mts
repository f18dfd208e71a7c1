export const ZIP_TIME: Date;
export function filesUnder(dir: string): Record<string, Uint8Array>;
export function reproducibleZip(files: Record<string, Uint8Array>): Uint8Array;
