/**
 * The widget's styles, scoped by its shadow root. Colours meet WCAG AA: text at least 4.5:1 on its
 * background, borders and focus rings of controls at least 3:1. The accent (white text on it, and its
 * text on white) comes from variables a page may set with data-accent (see theme.ts).
 */
export const WIDGET_CSS = `
:host { --sv-accent: #1d4f91; --sv-accent-dark: #163d70; --sv-accent-tint: #eef3fa;
  all: initial; display: block; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1f24; }
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
button, textarea { font: inherit; color: inherit; }
button { cursor: pointer; }
:focus-visible { outline: 3px solid var(--sv-accent); outline-offset: 2px; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }

.launcher { position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; display: inline-flex; align-items: center; gap: 8px;
  padding: 12px 18px; border: 0; border-radius: 999px; background: var(--sv-accent); color: #fff; font-weight: 600;
  box-shadow: 0 4px 14px rgba(0, 0, 0, .25); }
.launcher:hover { background: var(--sv-accent-dark); }
.launcher:focus-visible { outline: 3px solid var(--sv-accent); box-shadow: 0 0 0 2px #fff; outline-offset: 2px; }

.panel { display: flex; flex-direction: column; background: #fff; color: #1b1f24; border: 1px solid #8a96a3; border-radius: 12px; overflow: hidden; }
.panel.inline { width: 100%; height: 600px; max-height: 85vh; }
.panel.floating { position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; width: min(400px, calc(100vw - 32px));
  height: min(640px, calc(100vh - 32px)); box-shadow: 0 12px 40px rgba(0, 0, 0, .3); }
@media (max-width: 480px) {
  .panel.floating { inset: 0; width: 100%; height: 100%; border: 0; border-radius: 0; }
}

.head { display: flex; align-items: center; gap: 8px; padding: 10px 12px; background: var(--sv-accent); color: #fff; }
.head h2 { flex: 1; margin: 0; font-size: 16px; font-weight: 600; line-height: 1.3; }
.head button { display: inline-flex; align-items: center; justify-content: center; min-height: 32px; min-width: 32px; padding: 4px 10px;
  background: transparent; color: #fff; border: 1px solid rgba(255, 255, 255, .8); border-radius: 6px; }
.head button:hover { background: rgba(255, 255, 255, .15); }
.head button:focus-visible { outline-color: #fff; }
.head .icon-only { padding: 4px; }

.log { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 12px; }
.intro p { margin: 0 0 10px; }
.intro h3 { margin: 0 0 6px; font-size: 14px; color: #4d5661; }
.examples { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
.example { width: 100%; text-align: left; padding: 8px 10px; background: #fff; color: var(--sv-accent); border: 1px solid var(--sv-accent); border-radius: 8px; }
.example:hover { background: var(--sv-accent-tint); }

.msg { max-width: 92%; padding: 8px 12px; border-radius: 12px; overflow-wrap: anywhere; }
.msg .text { white-space: pre-wrap; }
.msg.user { align-self: flex-end; background: var(--sv-accent); color: #fff; border-bottom-right-radius: 4px; white-space: pre-wrap; }
.msg.bot { align-self: flex-start; background: #f1f4f8; border: 1px solid #dde3ea; border-bottom-left-radius: 4px; }
.msg.abstained { background: #fff6e0; border: 1px dashed #8a5a00; }
.msg.related { background: #f7f8fa; border: 1px dashed #6b7683; }
.msg.related .tag { color: #4d5661; }
.tag { display: inline-flex; align-items: center; gap: 4px; margin-bottom: 4px; font-size: 13px; font-weight: 600; color: #6b4500; }
.msg.error { background: #fdecec; border: 1px solid #b3261e; color: #7a1712; }
.msg.error p { margin: 0 0 8px; }

.cite { display: inline-block; min-width: 22px; margin: 0 2px; padding: 0 5px; font-size: 12px; font-weight: 700; line-height: 18px;
  color: var(--sv-accent); background: #fff; border: 1px solid var(--sv-accent); border-radius: 4px; vertical-align: 1px; }
.cite:hover { background: var(--sv-accent-tint); }
.cite[aria-expanded="true"] { color: #fff; background: var(--sv-accent); }
.source { margin-top: 8px; padding: 8px 10px; background: #fff; border: 1px solid #dde3ea; border-left: 4px solid var(--sv-accent); border-radius: 4px; }
.source p { margin: 0 0 4px; font-size: 13px; color: #4d5661; }
.source .region { font-weight: 700; color: #1b1f24; }
.source blockquote { margin: 6px 0 8px; white-space: pre-wrap; color: #4d5661; }
.source mark { color: #1b1f24; background: #fff1b3; }
.source .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 14px; }
.source a { color: var(--sv-accent); font-weight: 600; }

.dots { display: inline-flex; gap: 4px; margin-right: 6px; }
.dots i { width: 6px; height: 6px; border-radius: 50%; background: #4d5661; animation: sv-blink 1.2s infinite ease-in-out; }
.dots i:nth-child(2) { animation-delay: .2s; }
.dots i:nth-child(3) { animation-delay: .4s; }
@keyframes sv-blink { 0%, 80%, 100% { opacity: .25; } 40% { opacity: 1; } }
@media (prefers-reduced-motion: reduce) { .dots i { animation: none; } }

.feedback { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-top: 8px; font-size: 13px; color: #4d5661; }
.thumb { display: inline-flex; align-items: center; justify-content: center; min-width: 36px; min-height: 32px; padding: 2px 6px;
  color: #1b1f24; background: #fff; border: 1px solid #6b7683; border-radius: 6px; }
.thumb[aria-pressed="true"] { color: #fff; background: var(--sv-accent); border-color: var(--sv-accent); }
.feedback form { flex-basis: 100%; display: flex; flex-direction: column; gap: 6px; }
.feedback label { color: #1b1f24; }
.feedback textarea { width: 100%; min-height: 56px; padding: 6px; resize: vertical; background: #fff; border: 1px solid #6b7683; border-radius: 6px; }
.btn { align-self: flex-start; padding: 6px 12px; font-weight: 600; color: #fff; background: var(--sv-accent); border: 1px solid var(--sv-accent); border-radius: 6px; }
.btn.secondary { color: var(--sv-accent); background: #fff; }
.btn:disabled { color: #fff; background: #6b7683; border-color: #6b7683; cursor: not-allowed; }
.problem { color: #7a1712; }

.composer { display: flex; flex-direction: column; gap: 4px; padding: 10px 12px 12px; background: #fff; border-top: 1px solid #c9d1db; }
.row { display: flex; gap: 8px; align-items: flex-end; }
.composer textarea { flex: 1; min-height: 44px; max-height: 160px; padding: 10px; line-height: 1.4; resize: none;
  background: #fff; border: 1px solid #6b7683; border-radius: 8px; }
.composer textarea[aria-invalid="true"] { border: 2px solid #b3261e; }
.send { display: inline-flex; align-items: center; gap: 6px; min-height: 44px; padding: 0 14px; align-self: auto; }
.status { display: flex; justify-content: space-between; gap: 8px; min-height: 18px; font-size: 12px; color: #4d5661; }
.status .over { color: #b3261e; font-weight: 700; }
.status .problem { font-weight: 600; }
`;
