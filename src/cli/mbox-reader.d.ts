/** The part of mbox-reader (postalsys/mbox-reader, no types of its own) the CLI uses. */
declare module 'mbox-reader' {
  import type { Readable } from 'node:stream';

  export interface MboxMessage {
    /** The address of the "From " separator line. */
    returnPath: string;
    /** The time of the "From " line, or false when it does not parse. */
    time: Date | false;
    /** The message as RFC 822 text, ">From " lines unescaped. */
    content: Buffer;
  }

  export function mboxReader(input: Readable, options?: { gz?: boolean }): AsyncGenerator<MboxMessage>;
}
