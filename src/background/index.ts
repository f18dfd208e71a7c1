/**
 * Background: a Chrome service worker or a Firefox event page, so no DOM and no state that must
 * survive being stopped. It only keeps the toolbar badge in step with each Gmail tab (the count, or "!"
 * when Jelas lost a function there) and opens the options page when the content script asks. Email text
 * never reaches it.
 */
import browser from 'webextension-polyfill';
import { BADGE_COLOR, handleMessage } from './handlers';

browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => handleMessage(browser, msg, sender));
void browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
