import { createHash } from 'node:crypto';

/** The one stylesheet of every page the provider renders (inline, so the pages need no other request). */
export const STYLES = `
:root{--ink:#1b2130;--muted:#566074;--line:#d9dee7;--field:#aab2c0;--page:#f2f4f8;--accent:#2352d0;--accent-hover:#1b42ad;--focus:#2352d0;--danger:#b3261e;--danger-bg:#fdf1f0;--danger-line:#f4c7c3;--ok:#116b3a;--ok-bg:#eef8f1;--ok-line:#b9e0c7}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;min-height:100vh;display:flex;flex-direction:column;align-items:center;justify-content:center;padding:32px 16px;background:var(--page);color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{width:100%;max-width:420px}
main.wide{max-width:760px}
.card{background:#fff;border:1px solid var(--line);border-radius:14px;padding:32px;box-shadow:0 1px 2px rgba(16,24,40,.05),0 12px 32px rgba(16,24,40,.08)}
.brand{display:flex;align-items:center;gap:10px;margin:0 0 24px;color:var(--muted);font-size:14px;font-weight:600}
.brand-mark{display:grid;place-items:center;width:30px;height:30px;border-radius:8px;background:var(--accent);color:#fff;font-size:15px;font-weight:700}
h1{margin:0 0 8px;font-size:26px;line-height:1.25;letter-spacing:-.01em}
p{margin:0 0 16px;color:var(--muted)}
p strong{color:var(--ink)}
label{display:block;margin:20px 0 6px;font-size:15px;font-weight:600}
input{display:block;width:100%;padding:11px 12px;border:1px solid var(--field);border-radius:8px;background:#fff;color:var(--ink);font:inherit}
input[aria-invalid="true"]{border-color:var(--danger);box-shadow:inset 0 0 0 1px var(--danger)}
input.code{padding:12px;font-size:26px;letter-spacing:.5em;text-align:center;font-variant-numeric:tabular-nums;text-indent:.5em}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
input:focus-visible{outline-offset:1px;border-color:var(--focus)}
button,.button{display:block;width:100%;margin-top:24px;padding:12px 16px;border:1px solid transparent;border-radius:8px;font:inherit;font-weight:600;text-align:center;text-decoration:none;cursor:pointer}
.primary{background:var(--accent);color:#fff}
.primary:hover{background:var(--accent-hover)}
.secondary{margin-top:12px;background:#fff;color:var(--ink);border-color:var(--field)}
.secondary:hover{background:#f6f7fa}
.link{display:inline;width:auto;margin:0;padding:0;border:0;background:none;color:var(--accent);font-weight:600;text-decoration:underline;text-underline-offset:2px}
.row{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:8px 16px;margin-top:18px;font-size:15px}
.row form{margin:0}
a{color:var(--accent);font-weight:600;text-underline-offset:2px}
.alert{margin:20px 0 0;padding:10px 12px;border:1px solid;border-radius:8px;font-size:15px}
.alert-error{background:var(--danger-bg);border-color:var(--danger-line);color:var(--danger)}
.alert-ok{background:var(--ok-bg);border-color:var(--ok-line);color:var(--ok)}
.field-error{margin:6px 0 0;color:var(--danger);font-size:14px;font-weight:600}
.divider{display:flex;align-items:center;gap:12px;margin:20px 0 0;font-size:14px}
.divider::before,.divider::after{content:"";flex:1;border-top:1px solid var(--line)}
.divider+form .secondary{margin-top:12px}
.hint{margin-top:28px;padding-top:16px;border-top:1px solid var(--line);color:var(--muted);font-size:14px}
.hint p{margin:0 0 4px;font-size:14px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.95em}
table{width:100%;border-collapse:collapse;margin-top:8px;font-size:15px}
caption{text-align:left;color:var(--muted);font-size:14px;padding-bottom:8px}
th,td{padding:10px 12px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{color:var(--muted);font-size:13px;font-weight:600;text-transform:uppercase;letter-spacing:.04em}
td.code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:20px;font-weight:700;letter-spacing:.12em}
.muted{color:var(--muted)}
.footer{margin-top:16px;color:var(--muted);font-size:13px;text-align:center}
@media (max-width:480px){.card{padding:24px 20px}h1{font-size:22px}}
`.trim();

/** `style-src` source for the Content-Security-Policy: the SHA-256 of {@link STYLES}. */
export const STYLES_CSP_SOURCE = `'sha256-${createHash('sha256').update(STYLES).digest('base64')}'`;
