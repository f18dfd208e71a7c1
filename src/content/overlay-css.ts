/** Styles of the overlay's shadow root (badge, list, card, send checklist, fallback underlines). */
export const OVERLAY_CSS = `
:host{all:initial}
*{box-sizing:border-box}
.badge,.panel,.card,.dialog{font:13px/1.4 "Google Sans",Roboto,system-ui,sans-serif;color:#202124}
button{font:inherit;cursor:pointer;border-radius:6px;border:1px solid #dadce0;background:#fff;color:#1a73e8;padding:4px 10px}
button:hover{background:#f1f3f4}
button:focus-visible{outline:2px solid #1a73e8;outline-offset:1px}
button.primary{background:#1a73e8;border-color:#1a73e8;color:#fff}
button.primary:hover{background:#1765cc}
.badge{--bg:#e37400;position:fixed;width:28px;height:28px;padding:0;border-radius:14px;font-weight:600;color:#fff;background:var(--bg);border:none;box-shadow:0 1px 3px rgba(0,0,0,.3)}
.badge:hover{background:var(--bg);filter:brightness(.9)}
.badge[data-severity=info]{--bg:#1a73e8}
.badge[data-severity=error]{--bg:#d93025}
.badge[data-severity=broken]{--bg:#80868b}
.also{margin-top:8px;border:none;background:none;padding:0;color:#1a73e8;text-decoration:underline}
.badge[hidden],.badge.offscreen{display:none}
.panel{position:fixed;width:332px;max-height:60vh;overflow:auto;background:#fff;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.25);padding:8px 12px}
.panel.closed{position:fixed;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;padding:0;left:0!important;bottom:0!important}
.panel header{display:flex;justify-content:space-between;align-items:center;margin-bottom:4px}
.x{border:none;background:none;color:#5f6368;font-size:18px;line-height:1;padding:2px 6px}
.list{list-style:none;margin:0;padding:0}
.list li{border-top:1px solid #e8eaed;padding:8px 0}
.item-title,.card-title{font-weight:600}
.item-text{display:block;color:#5f6368;font-style:italic;margin:2px 0}
.row{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}
/* The card is drawn above badges and lists (appended after it, they would cover its buttons); the checklist above all. */
.card{position:fixed;z-index:1;width:320px;background:#fff;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.25);padding:10px 12px;border-top:3px solid #e37400}
.card[data-severity=error]{border-top-color:#d93025}
.card[data-severity=info]{border-top-color:#1a73e8}
.card[hidden]{display:none}
.why{color:#5f6368;margin-top:4px}
.suggestion{display:flex;gap:8px;align-items:center;justify-content:space-between;margin-top:6px;padding:6px;background:#f8f9fa;border-radius:6px}
.backdrop{position:fixed;z-index:2;inset:0;background:rgba(32,33,36,.4);display:flex;align-items:center;justify-content:center}
.dialog{width:420px;max-width:calc(100vw - 32px);max-height:80vh;overflow:auto;background:#fff;border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.3);padding:16px 20px}
.dialog h2{font-size:16px;margin:0 0 8px}
.dialog .row{justify-content:flex-end;margin-top:12px}
/* The thread's open items in the checklist: who asked and when, a promise's due time (overdue in red). */
.thread-who{color:#5f6368;font-weight:600;margin-top:2px}
.thread-due{color:#5f6368;margin-top:2px}
.thread-due.overdue{color:#d93025;font-weight:600}
.underlines{position:fixed;top:0;left:0;width:0;height:0;pointer-events:none}
.ul{position:fixed;height:2px;background:#e37400}
.ul-error{background:#d93025}.ul-info{background:#1a73e8}.ul-active{height:3px}
@media (prefers-color-scheme: dark){
.badge,.panel,.card,.dialog{color:#e8eaed}
.panel,.card,.dialog{background:#2d2e30}
button{background:#3c4043;border-color:#5f6368;color:#8ab4f8}
.badge{color:#202124}
.badge[data-severity=warning]{--bg:#fdd663}.badge[data-severity=error]{--bg:#f28b82}.badge[data-severity=info]{--bg:#8ab4f8}
.also{background:none;color:#8ab4f8}
button:hover{background:#474a4e}
button.primary{background:#8ab4f8;border-color:#8ab4f8;color:#202124}
.suggestion{background:#3c4043}
.why,.item-text{color:#bdc1c6}
.list li{border-top-color:#5f6368}
.thread-who,.thread-due{color:#bdc1c6}
.thread-due.overdue{color:#f28b82}
}
`;
