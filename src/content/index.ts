/**
 * Gmail content script entry. If anything here throws, Gmail keeps working exactly as without us:
 * the error is logged once and nothing is left half-installed.
 */
import { start } from './app';

const life = new AbortController();
try {
  start(life.signal);
  console.info('[jelas] content script ready');
} catch (e) {
  life.abort();
  console.warn('[jelas] content script disabled after an error', e);
}

/*
 * See it working (test/e2e/README.md): build with `JELAS_OUT_ROOT=/tmp/j node scripts/build.mjs chrome`,
 * then `JELAS_E2E_DIST=/tmp/j/chrome npx vitest run --config vitest.e2e.config.ts test/e2e/content`.
 * By hand: open https://mail.google.com/mail/u/0/?sim=thread-reply in the harness, type "oke" in the
 * reply: "oke" is underlined, the badge shows 2, hovering opens the card, Apply rewrites it, Ctrl+Z
 * brings it back, Send asks first. Typing cost: `npx tsx scripts/bench-typing.ts`.
 */
