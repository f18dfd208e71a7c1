/**
 * Reading a conversation: which questions others asked the writer since the writer last wrote, and which of
 * them a later message already answered. Pure; the Analyzer keeps the reading while the thread stays the same,
 * so typing in the draft re-reads only the draft.
 */
import { answeredQuestions, realQuestions } from './answers';
import { samePerson, type Conversation, type Person, type ThreadMessage } from './conversation';
import type { AnalyzedMessage, Sentence } from './types';

export interface ReadMessage {
  message: ThreadMessage;
  analyzed: AnalyzedMessage;
}

/** A question put to the writer in the thread, with who asked it and when. */
export interface OwedQuestion {
  question: Sentence;
  /** The message it was asked in (to see whether the draft answers it among that message's questions). */
  from: AnalyzedMessage;
  author: Person;
  askedAt?: number;
  /** How many people the message went to: a question to many is not the writer's alone. */
  recipients?: number;
}

export interface ThreadReading {
  messages: ReadMessage[];
  /** Questions others asked since the writer last wrote that no later message answered, oldest first. */
  owed: OwedQuestion[];
}

/** A cache key for a conversation: changes when a message is added, removed or edited. */
export function conversationKey(c: Conversation): string {
  return JSON.stringify(c.messages.map((m) => [m.author.address ?? m.author.name ?? '', m.byWriter, m.sentAt ?? null, m.text]));
}

/** `read` analyses one message's text (the Analyzer's reading, cached per text). */
export function readThread(c: Conversation, read: (text: string) => AnalyzedMessage): ThreadReading {
  const messages = c.messages.map((message) => ({ message, analyzed: read(message.text) }));
  let since = messages.length;
  while (since > 0 && !messages[since - 1]!.message.byWriter) since--;
  const owed: OwedQuestion[] = [];
  for (let i = since; i < messages.length; i++) {
    const { message, analyzed } = messages[i]!;
    if (analyzed.bulk) continue;
    // answered by someone else later on (a follow-up by the same person shares its words without answering)
    const later = messages.slice(i + 1).filter((m) => !samePerson(m.message.author, message.author)).map((m) => m.analyzed);
    for (const question of realQuestions(analyzed)) {
      // answered already by someone else in the thread ("Which hotel?" … "We booked the Mulia")
      if (later.some((l) => answeredQuestions(analyzed, l).some((a) => a.question === question && a.answered))) continue;
      owed.push({
        question,
        from: analyzed,
        author: message.author,
        ...(message.sentAt !== undefined ? { askedAt: message.sentAt } : {}),
        ...(message.recipients !== undefined ? { recipients: message.recipients } : {}),
      });
    }
  }
  return { messages, owed };
}
