/** The last part of a path, whichever separator the operating system uses. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
